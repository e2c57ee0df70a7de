// GET /api/dev/mailbox/latest?to=<email> – newest dev-mailbox email to an address, for e2e tests.
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getLatestDevMailboxMessage } from '@/lib/email/get-latest-dev-mailbox-message';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';

export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

export async function GET(request: NextRequest) {
  if (!devToolsEnabled()) return NextResponse.json({ error: 'not_found' }, { status: 404, headers: noStore });
  const to = z.email().safeParse(request.nextUrl.searchParams.get('to'));
  if (!to.success) return NextResponse.json({ error: 'bad_request', message: 'Pass ?to=<email address>' }, { status: 400, headers: noStore });
  const message = await getLatestDevMailboxMessage({ to: to.data });
  if (!message) return NextResponse.json({ error: 'not_found', message: 'No email to that address yet' }, { status: 404, headers: noStore });
  return NextResponse.json({ id: message.id, subject: message.subject, text: message.text, links: message.links }, { headers: noStore });
}
