// GET /api/channels/{instagram|messenger|whatsapp}/connect – starts a connect flow: signs a
// state bound to this workspace and user, then redirects to Meta's (or the simulator's) dialog.
import { NextResponse, type NextRequest } from 'next/server';
import { assertCanStartChannelConnect } from '@/lib/billing/assert-channel-available';
import { connectErrorQuery } from '@/lib/channels/connect-errors';
import { isAppError } from '@/lib/errors';
import { buildConnectDialogUrl, parseChannelType } from '@/lib/meta/oauth/build-connect-dialog-url';
import { channelsPageUrl } from '@/lib/meta/oauth/handle-connect-callback';
import { createOAuthState } from '@/lib/meta/oauth/oauth-state';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest, { params }: { params: Promise<{ type: string }> }) {
  const type = parseChannelType((await params).type);
  if (!type) return NextResponse.json({ error: 'not_found' }, { status: 404 });
  try {
    const ctx = await requireWorkspace('channels.manage');
    // Say "the plan is full" before the Meta dialog, not after the customer went through it.
    await assertCanStartChannelConnect({ workspaceId: ctx.workspace.id });
    const state = createOAuthState({ workspaceId: ctx.workspace.id, userId: ctx.user.id, type: type });
    return NextResponse.redirect(buildConnectDialogUrl({ type: type, state }));
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return NextResponse.redirect(new URL('/login', request.url));
    if (isAppError(error)) return NextResponse.redirect(channelsPageUrl(connectErrorQuery(error)));
    throw error;
  }
}
