// POST /api/webhooks/meta/deauthorize – Meta's Deauthorize callback (a user removed the app):
// verifies the signed_request, then disconnects every channel that user connected.
import { NextResponse, type NextRequest } from 'next/server';
import { unsafeDeauthorizeMetaUser } from '@/lib/channels/unsafe-deauthorize-meta-user';
import { readSignedRequest } from '@/lib/meta/read-signed-request';

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  const payload = await readSignedRequest(request);
  if (!payload) return NextResponse.json({ error: 'invalid_signed_request' }, { status: 400 });
  await unsafeDeauthorizeMetaUser({ metaUserId: payload.user_id });
  return NextResponse.json({ ok: true });
}
