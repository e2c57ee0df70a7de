// GET /api/inbox/stream – Server-Sent Events of the signed-in member's workspace (resumes after Last-Event-ID).
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { checkInboxStreamAccess } from '@/lib/realtime/check-inbox-stream-access';
import { parseLastEventId } from '@/lib/realtime/format-sse';
import { openInboxStream } from '@/lib/realtime/open-inbox-stream';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export async function GET(request: Request) {
  try {
    // The workspace is the session's; no query parameter can choose another one.
    const ctx = await requireWorkspace('inbox.use');
    // EventSource resends Last-Event-ID itself; the query form is for clients that cannot set headers.
    const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId');
    const parsed = parseLastEventId(raw);
    const who = { sessionId: ctx.session.id, userId: ctx.user.id, workspaceId: ctx.workspace.id };
    const body = openInboxStream({
      workspaceId: ctx.workspace.id,
      lastEventId: raw && parsed === null ? 'invalid' : parsed,
      signal: request.signal,
      // The stream outlives this request: logout or removal must end it (and 5 per session at most).
      access: { sessionId: ctx.session.id, check: () => checkInboxStreamAccess(who) },
    });
    return new Response(body, {
      headers: {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      },
    });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
    logger.error({ err: error }, 'inbox stream route failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
