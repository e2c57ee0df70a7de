import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/consent/route';
import { GET as getDevRecords } from '@/app/api/dev/consent/[consentId]/route';
import { COOKIE_POLICY_VERSION } from '@/lib/consent/cookie-policy-version';
import { purgeConsentRecords } from '@/lib/consent/purge-consent-records';
import { db } from '@/lib/db';
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/lib/http/peer-address-stamp';
import { jobRegistry } from '@/lib/jobs/registry';

function post(body: unknown, headers: Record<string, string> = {}) {
  return POST(
    new NextRequest('http://localhost/api/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (consent test)', [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('203.0.113.77'), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  );
}

const valid = () => ({ consentId: randomUUID(), action: 'accept_all', analytics: true, advertising: true, gpc: false, policyVersion: COOKIE_POLICY_VERSION });

describe('POST /api/consent', () => {
  it('stores the choice with policy version, time and user agent — and no IP address', async () => {
    const body = valid();
    const response = await post(body);
    expect(response.status).toBe(201);
    const rows = await db.consentRecord.findMany({ where: { consentId: body.consentId } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'accept_all', necessary: true, analytics: true, advertising: true, gpc: false, policyVersion: COOKIE_POLICY_VERSION, userAgent: 'Mozilla/5.0 (consent test)' });
    expect(rows[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // No column holds the address, in any form.
    expect(JSON.stringify(rows[0])).not.toContain('203.0.113.77');
    const columns = await db.$queryRaw<{ column_name: string }[]>`select column_name from information_schema.columns where table_name = 'ConsentRecord'`;
    expect(columns.map((c) => c.column_name).some((name) => /ip/i.test(name))).toBe(false);
  });

  it('records advertising as refused when the browser sends Sec-GPC, whatever the body says', async () => {
    const body = valid();
    const response = await post(body, { 'sec-gpc': '1' });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ analytics: true, advertising: false });
    expect(await db.consentRecord.findFirst({ where: { consentId: body.consentId }, select: { advertising: true, gpc: true } })).toEqual({ advertising: false, gpc: true });
  });

  it('keeps every change of mind under the same consent id', async () => {
    const body = valid();
    await post(body);
    await post({ ...body, action: 'reject_all', analytics: false, advertising: false });
    const response = await getDevRecords(new Request('http://localhost'), { params: Promise.resolve({ consentId: body.consentId }) });
    const { records } = await response.json();
    expect(records.map((r: { action: string }) => r.action)).toEqual(['reject_all', 'accept_all']);
  });

  it.each([
    ['not JSON', '{oops'],
    ['missing choices', { consentId: randomUUID(), action: 'accept_all', policyVersion: COOKIE_POLICY_VERSION }],
    ['non-uuid id', { ...valid(), consentId: '123' }],
    ['unknown action', { ...valid(), action: 'accept_some' }],
    ['string booleans', { ...valid(), analytics: 'yes' }],
    ['unknown field', { ...valid(), ipAddress: '1.2.3.4' }],
  ])('refuses %s with 400 and stores nothing', async (_label, body) => {
    const before = await db.consentRecord.count();
    const response = await post(body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe('bad_request');
    expect(await db.consentRecord.count()).toBe(before);
  });

  it('refuses a choice made under an older policy version with 409', async () => {
    const response = await post({ ...valid(), policyVersion: '2000-01-01' });
    expect(response.status).toBe(409);
  });
});

describe('consent record retention', () => {
  it('deletes records older than 3 years only, and runs daily', async () => {
    const now = new Date('2030-06-15T12:00:00Z');
    const consentId = randomUUID();
    const at = (iso: string) => ({ consentId, action: 'reject_all', analytics: false, advertising: false, policyVersion: COOKIE_POLICY_VERSION, createdAt: new Date(iso) });
    await db.consentRecord.createMany({
      data: [at('2027-06-15T11:59:00Z'), at('2020-01-01T00:00:00Z'), at('2027-06-15T12:01:00Z'), at('2029-01-01T00:00:00Z')],
    });
    const deleted = await purgeConsentRecords({ now, batchSize: 1 });
    expect(deleted).toBeGreaterThanOrEqual(2);
    const left = await db.consentRecord.findMany({ where: { consentId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
    expect(left.map((r) => r.createdAt.toISOString())).toEqual(['2027-06-15T12:01:00.000Z', '2029-01-01T00:00:00.000Z']);
    const job = jobRegistry.find((j) => j.name === 'consent-record-retention');
    expect(job?.schedule).toMatch(/^\d+ \d+ \* \* \*$/);
  });
});
