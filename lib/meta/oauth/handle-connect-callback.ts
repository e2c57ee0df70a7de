// The shared edge of every connect callback: who is asking, was the `state` ours, did Meta
// report an error, and where to send the browser afterwards. Failures land on /channels with
// a message the page shows; nothing about tokens is ever put in a URL.
import { NextResponse } from 'next/server';
import { env } from '../../env';
import { isAppError } from '../../errors';
import type { ChannelType } from '../../generated/prisma/enums';
import { getRequestMeta, type RequestMeta } from '../../http/request-meta';
import { logger } from '../../logger';
import { requireWorkspace, type WorkspaceContext } from '../../workspaces/context';
import { GraphApiError } from '../graph-error';
import { verifyOAuthState } from './oauth-state';

export function channelsPageUrl(params: { error?: string; connected?: string } = {}, path = '/channels'): URL {
  const url = new URL(path, env().APP_URL);
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value);
  return url;
}

export async function handleConnectCallback(
  type: ChannelType,
  params: URLSearchParams,
  finish: (ctx: WorkspaceContext, meta: RequestMeta) => Promise<NextResponse | { name: string }>,
): Promise<NextResponse> {
  try {
    const ctx = await requireWorkspace('channels.manage');
    verifyOAuthState({ state: params.get('state'), workspaceId: ctx.workspace.id, userId: ctx.user.id, type });
    if (params.get('error') || !params.get('code')) {
      const denied = params.get('error_reason') === 'user_denied' || params.get('error') === 'access_denied';
      return NextResponse.redirect(channelsPageUrl({ error: denied ? 'You cancelled the connection. Nothing was connected.' : 'Meta did not complete the connection. Please try again.' }));
    }
    const result = await finish(ctx, await getRequestMeta());
    if (result instanceof NextResponse) return result;
    return NextResponse.redirect(channelsPageUrl({ connected: result.name }));
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return NextResponse.redirect(new URL('/login', env().APP_URL));
    if (isAppError(error)) return NextResponse.redirect(channelsPageUrl({ error: error.message }));
    if (error instanceof GraphApiError) {
      logger.warn({ err: error, type, code: error.code, fbtraceId: error.fbtraceId }, 'connect flow: Graph API error');
      return NextResponse.redirect(channelsPageUrl({ error: `Meta refused the connection (${error.message}). Please try again.` }));
    }
    logger.error({ err: error, type }, 'connect flow failed');
    return NextResponse.redirect(channelsPageUrl({ error: 'Something went wrong while connecting. Please try again.' }));
  }
}
