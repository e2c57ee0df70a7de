// POST /api/consent – stores a visitor's cookie choice as a consent record (no IP address).
import { createHash } from 'node:crypto';
import { NextResponse, type NextRequest } from 'next/server';
import { consentRecordInputSchema } from '@/lib/consent/consent-record.schema';
import { gpcFromHeaders } from '@/lib/consent/global-privacy-control';
import { recordConsent } from '@/lib/consent/record-consent';
import { isAppError } from '@/lib/errors';
import { requestMetaOf } from '@/lib/http/request-meta-of';
import { rateLimitSubjectForIp } from '@/lib/http/resolve-client-ip';
import { logger } from '@/lib/logger';
import { enforceRateLimits, rateLimits } from '@/lib/security/rate-limit';

export const dynamic = 'force-dynamic';

const noStore = { 'cache-control': 'no-store' };

export async function POST(request: NextRequest) {
  try {
    const body = consentRecordInputSchema.safeParse(await request.json().catch(() => null));
    if (!body.success) return NextResponse.json({ error: 'bad_request', message: 'Invalid consent choice.', issues: body.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }, { status: 400, headers: noStore });
    // The limiter keys on a hash of the address: the consent data itself never holds the IP.
    const ip = rateLimitSubjectForIp(requestMetaOf(request.headers).ipAddress);
    await enforceRateLimits([{ rule: rateLimits.consentPerIp, subject: createHash('sha256').update(ip).digest('hex').slice(0, 32) }]);
    const record = await recordConsent({ ...body.data, userAgent: request.headers.get('user-agent'), gpcHeader: gpcFromHeaders(request.headers) });
    return NextResponse.json(record, { status: 201, headers: noStore });
  } catch (error) {
    if (isAppError(error)) return NextResponse.json({ error: error.code, message: error.message }, { status: error.status, headers: noStore });
    logger.error({ err: error }, 'consent record failed');
    return NextResponse.json({ error: 'internal', message: 'Could not save your choice.' }, { status: 500, headers: noStore });
  }
}
