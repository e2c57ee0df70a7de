// GET /api/channels/messenger/callback – Facebook Login for Pages returns here. One Page is
// connected at once; several go to the Page picker, the list sealed in an HttpOnly cookie.
import { NextResponse, type NextRequest } from 'next/server';
import { connectMessengerPage, fetchMessengerPages } from '@/lib/meta/oauth/connect-messenger';
import { channelsPageUrl, handleConnectCallback } from '@/lib/meta/oauth/handle-connect-callback';
import { PENDING_PAGES_COOKIE, PENDING_PAGES_TTL_SECONDS, sealPendingPages } from '@/lib/meta/oauth/pending-pages-cookie';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  return handleConnectCallback('messenger', params, async (ctx, meta) => {
    const found = await fetchMessengerPages({ code: params.get('code')! });
    if (found.pages.length === 1) return connectMessengerPage({ ctx, metaUserId: found.metaUserId, page: found.pages[0]!, meta });
    const response = NextResponse.redirect(channelsPageUrl({}, '/channels/connect/messenger'));
    response.cookies.set(PENDING_PAGES_COOKIE, sealPendingPages({ workspaceId: ctx.workspace.id, userId: ctx.user.id, pages: found }), {
      httpOnly: true,
      secure: request.nextUrl.protocol === 'https:',
      sameSite: 'lax',
      path: '/channels',
      maxAge: PENDING_PAGES_TTL_SECONDS,
    });
    return response;
  });
}
