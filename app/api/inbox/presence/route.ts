// POST /api/inbox/presence – heartbeat of the signed-in member's open conversation (viewing, typing, left).
import { NextResponse } from 'next/server';
import { isAppError } from '@/lib/errors';
import { presenceBeatSchema } from '@/lib/inbox/presence/presence.schema';
import { recordPresence } from '@/lib/inbox/presence/record-presence';
import { logger } from '@/lib/logger';
import { assertSameOrigin } from '@/lib/security/assert-same-origin';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    await assertSameOrigin();
    const ctx = await requireWorkspace('inbox.use');
    const parsed = presenceBeatSchema.safeParse(await request.json().catch(() => null));
    if (!parsed.success) return NextResponse.json({ error: 'bad_request' }, { status: 400 });
    const result = await recordPresence({ ctx, ...parsed.data });
    return NextResponse.json(result);
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status });
    logger.error({ err: error }, 'presence route failed');
    return NextResponse.json({ error: 'internal' }, { status: 500 });
  }
}
