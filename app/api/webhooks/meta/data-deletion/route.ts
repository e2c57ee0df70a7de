// POST /api/webhooks/meta/data-deletion – Meta's Data Deletion callback: verifies the
// signed_request, records and queues the deletion, answers { url, confirmation_code }
// (meta-platform.md §f).
import { NextResponse, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { readSignedRequest } from '@/lib/meta/read-signed-request';
import { createDataDeletionRequest } from '@/lib/privacy/create-data-deletion-request';

export const dynamic = 'force-dynamic';

export async function POST(request: NextRequest) {
  const payload = await readSignedRequest(request);
  if (!payload) return NextResponse.json({ error: 'invalid_signed_request' }, { status: 400 });
  const { confirmationCode } = await createDataDeletionRequest({ source: 'meta_callback', metaUserId: payload.user_id });
  const url = new URL('/data-deletion/status', env().APP_URL);
  url.searchParams.set('code', confirmationCode);
  return NextResponse.json({ url: url.toString(), confirmation_code: confirmationCode });
}
