// POST /api/dev/inbox/drafts – creates an AI draft in the signed-in member's workspace, standing
// in for the AI agent (issue 6) in e2e tests and demos. 404 unless dev tools are enabled.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { isAppError } from '@/lib/errors';
import { createReplyDraft } from '@/lib/inbox/drafts/create-reply-draft';
import { REPLY_DRAFT_MAX_CHARS } from '@/lib/inbox/drafts/reply-draft-limits';
import { assertSameOrigin } from '@/lib/security/assert-same-origin';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };
const bodySchema = z.object({ conversationId: z.uuid(), text: z.string().trim().min(1).max(REPLY_DRAFT_MAX_CHARS) });

export async function POST(request: Request) {
  if (!devToolsEnabled()) return NextResponse.json({ error: 'not_found' }, { status: 404, headers: noStore });
  try {
    await assertSameOrigin();
    const ctx = await requireWorkspace('inbox.use');
    const body = bodySchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return NextResponse.json({ error: 'bad_request', message: 'Send { conversationId, text }.' }, { status: 400, headers: noStore });
    const draft = await createReplyDraft({ ctx, conversationId: body.data.conversationId, text: body.data.text, meta: { source: 'dev' } });
    return NextResponse.json(draft, { status: 201, headers: noStore });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: noStore });
    throw error;
  }
}
