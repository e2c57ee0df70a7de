// The shared edge of every connect callback: who is asking, was the `state` ours, did Meta
// report an error, and where to send the browser afterwards. Failures land on /channels with
// an error code the page turns into a message (lib/channels/connect-errors.ts); nothing about
// tokens, and no free text, is ever put in a URL.
import { NextResponse } from 'next/server';
import { connectErrorQuery } from '../../channels/connect-errors';
import { env } from '../../env';
import { isAppError } from '../../errors';
import type { ChannelType } from '../../generated/prisma/enums';
import { getRequestMeta, type RequestMeta } from '../../http/request-meta';
import { logger } from '../../logger';
import { requireWorkspace, type WorkspaceContext } from '../../workspaces/context';
import { GraphApiError } from '../graph-error';
import { verifyOAuthState } from './oauth-state';

export function channelsPageUrl(params: Record<string, string> = {}, path = '/channels'): URL {
  const url = new URL(path, env().APP_URL);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url;
}

export async function handleConnectCallback(
  type: ChannelType,
  params: URLSearchParams,
  finish: (ctx: WorkspaceContext, meta: RequestMeta) => Promise<NextResponse | { id: string }>,
): Promise<NextResponse> {
  try {
    const ctx = await requireWorkspace('channels.manage');
    verifyOAuthState({ state: params.get('state'), workspaceId: ctx.workspace.id, userId: ctx.user.id, type });
    if (params.get('error') || !params.get('code')) {
      const denied = params.get('error_reason') === 'user_denied' || params.get('error') === 'access_denied';
      return NextResponse.redirect(channelsPageUrl(connectErrorQuery({ code: denied ? 'cancelled' : 'meta_incomplete' })));
    }
    const result = await finish(ctx, await getRequestMeta());
    if (result instanceof NextResponse) return result;
    // The page names the channel from its own list: no account name (Meta's or anyone's) in the URL.
    return NextResponse.redirect(channelsPageUrl({ connected: result.id }));
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return NextResponse.redirect(new URL('/login', env().APP_URL));
    if (isAppError(error)) return NextResponse.redirect(channelsPageUrl(connectErrorQuery(error)));
    if (error instanceof GraphApiError) {
      logger.warn({ err: error, type, code: error.code, fbtraceId: error.fbtraceId }, 'connect flow: Graph API error');
      return NextResponse.redirect(channelsPageUrl(connectErrorQuery({ code: 'meta_refused', params: { metaCode: error.code ? String(error.code) : undefined } })));
    }
    logger.error({ err: error, type }, 'connect flow failed');
    return NextResponse.redirect(channelsPageUrl(connectErrorQuery({ code: 'failed' })));
  }
}
