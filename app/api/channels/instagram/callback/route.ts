// GET /api/channels/instagram/callback – Instagram Business Login returns here with ?code&state;
// exchanges the code, subscribes the account's webhooks and stores the channel.
import type { NextRequest } from 'next/server';
import { connectInstagram } from '@/lib/meta/oauth/connect-instagram';
import { handleConnectCallback } from '@/lib/meta/oauth/handle-connect-callback';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // Instagram appends "#_" to the code in some clients; it is not part of the code.
  return handleConnectCallback('instagram', params, (ctx, meta) => connectInstagram({ ctx, code: params.get('code')!.replace(/#_$/, ''), meta }));
}
