// GET /api/dev/consent/<consentId> – the consent records of one consent id, for e2e tests.
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { listConsentRecords } from '@/lib/consent/list-consent-records';

export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

export async function GET(_request: Request, { params }: { params: Promise<{ consentId: string }> }) {
  if (!devToolsEnabled()) return NextResponse.json({ error: 'not_found' }, { status: 404, headers: noStore });
  const consentId = z.uuid().safeParse((await params).consentId);
  if (!consentId.success) return NextResponse.json({ error: 'bad_request', message: 'Pass a consent id (uuid).' }, { status: 400, headers: noStore });
  return NextResponse.json({ records: await listConsentRecords(consentId.data) }, { headers: noStore });
}
