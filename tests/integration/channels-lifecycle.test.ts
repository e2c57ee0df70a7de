// Token refresh job, Deauthorize and Data Deletion callbacks, and keys:rotate.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { pointMetaAt, startFakeGraphServer } from '../fake-graph-routes';
import { signedRequestBody } from '../support/signed-request';

const graph = await startFakeGraphServer();
pointMetaAt(graph.base);

const { NextRequest } = await import('next/server');
const { db } = await import('@/lib/db');
const { encryptToken, decryptToken } = await import('@/lib/crypto/token-cipher');
const { keyringSchema, generateKeyringEntry } = await import('@/lib/crypto/keyring');
const { logger } = await import('@/lib/logger');
const { startWorkers } = await import('@/lib/jobs/start-workers');
const { processDataDeletionJob } = await import('@/lib/jobs/definitions/process-data-deletion');
const { refreshChannelTokens } = await import('@/lib/channels/refresh-channel-tokens');
const { rotateEncryptedColumns: rotateChannelTokenKeys } = await import('@/lib/crypto/rotate-encrypted-columns');
const { getDataDeletionStatus } = await import('@/lib/privacy/get-data-deletion-status');
const { POST: deauthorize } = await import('@/app/api/webhooks/meta/deauthorize/route');
const { POST: dataDeletion } = await import('@/app/api/webhooks/meta/data-deletion/route');
const { createWorkspaceWithOwner } = await import('../factories');

graph.on('GET', /^\/ig-graph\/refresh_access_token$/, (r) =>
  r.query.access_token === 'IG_REVOKED'
    ? { status: 400, json: { error: { message: 'Error validating access token', type: 'OAuthException', code: 190, fbtrace_id: 'T1' } } }
    : { json: { access_token: `${r.query.access_token}_REFRESHED`, token_type: 'bearer', expires_in: 5183944 } },
);

afterAll(async () => {
  await graph.close();
});

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
let externalSeq = 1000;

async function createChannel(workspaceId: string, data: { token: string; expiresInMs?: number; refreshedAgoMs?: number; type?: 'instagram' | 'messenger'; metaUserId?: string }) {
  const now = Date.now();
  return db.channel.create({
    data: {
      workspaceId,
      type: data.type ?? 'instagram',
      externalId: `178414000000${externalSeq++}`,
      name: 'shop',
      accessTokenEnc: encryptToken(data.token),
      tokenExpiresAt: data.expiresInMs === undefined ? null : new Date(now + data.expiresInMs),
      tokenRefreshedAt: data.refreshedAgoMs === undefined ? null : new Date(now - data.refreshedAgoMs),
      metaUserId: data.metaUserId ?? null,
    },
  });
}

describe('refresh-channel-tokens', () => {
  it('refreshes IG tokens that are ≥24 h old and expire within 10 days; expires the rest properly', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const due = await createChannel(workspace.id, { token: 'IG_DUE', expiresInMs: 5 * DAY, refreshedAgoMs: 55 * DAY });
    const young = await createChannel(workspace.id, { token: 'IG_YOUNG', expiresInMs: 5 * DAY, refreshedAgoMs: 2 * HOUR });
    const far = await createChannel(workspace.id, { token: 'IG_FAR', expiresInMs: 30 * DAY, refreshedAgoMs: 30 * DAY });
    const revoked = await createChannel(workspace.id, { token: 'IG_REVOKED', expiresInMs: 3 * DAY, refreshedAgoMs: 57 * DAY });
    const gone = await createChannel(workspace.id, { token: 'IG_GONE', expiresInMs: -HOUR, refreshedAgoMs: 61 * DAY });
    const page = await createChannel(workspace.id, { token: 'PAGE', type: 'messenger' });

    const result = await refreshChannelTokens({ log: logger });
    expect(result).toEqual({ refreshed: 1, expired: 2, failed: 0 });

    const rows = new Map((await db.channel.findMany({ where: { workspaceId: workspace.id } })).map((c) => [c.id, c]));
    expect(decryptToken(rows.get(due.id)!.accessTokenEnc!)).toBe('IG_DUE_REFRESHED');
    expect(rows.get(due.id)!.tokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 59 * DAY);
    expect(decryptToken(rows.get(young.id)!.accessTokenEnc!)).toBe('IG_YOUNG');
    expect(decryptToken(rows.get(far.id)!.accessTokenEnc!)).toBe('IG_FAR');
    expect(rows.get(revoked.id)!.status).toBe('token_expired');
    expect(rows.get(gone.id)!.status).toBe('token_expired');
    expect(rows.get(page.id)!.status).toBe('active');
    expect(graph.find('GET', '/ig-graph/refresh_access_token').map((r) => r.query.access_token).sort()).toEqual(['IG_DUE', 'IG_REVOKED']);

    // Owners are emailed once per channel that needs reconnecting.
    const emails = await db.$queryRaw<{ to: string; template: string }[]>`select data->>'to' as "to", data->>'template' as template from pgboss.job where name = 'send-email'`;
    expect(emails).toEqual([
      { to: owner.email, template: 'channel-needs-reconnect' },
      { to: owner.email, template: 'channel-needs-reconnect' },
    ]);
    expect(await db.auditLog.count({ where: { workspaceId: workspace.id, action: 'channel.token_expired' } })).toBe(2);

    // A second run changes nothing and emails nobody again.
    expect(await refreshChannelTokens({ log: logger })).toEqual({ refreshed: 0, expired: 0, failed: 0 });
    expect((await db.$queryRaw<unknown[]>`select 1 from pgboss.job where name = 'send-email'`).length).toBe(2);
  });
});

// Shaped like the shared fixture (data-deletion-signed-request.txt) but issued now: Meta's
// signed_request is refused once it is an hour old (lib/meta/parse-signed-request.ts).
const fixture = signedRequestBody('1000000000000001');
const FIXTURE_USER = '1000000000000001';
const post = (handler: (r: InstanceType<typeof NextRequest>) => Promise<Response>, body: string) =>
  handler(new NextRequest('http://localhost/api/webhooks/meta/x', { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } }));
const tampered = fixture.replace(/signed_request=(.)/, (_m, c: string) => `signed_request=${c === 'A' ? 'B' : 'A'}`);

describe('Deauthorize callback', () => {
  it('rejects a bad signature and changes nothing, then disconnects the user\'s channels', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const mine = await createChannel(workspace.id, { token: 'PAGE_X', type: 'messenger', metaUserId: FIXTURE_USER });
    const others = await createChannel(workspace.id, { token: 'PAGE_Y', type: 'messenger', metaUserId: '1000000000000999' });

    for (const body of [tampered, 'signed_request=', 'nothing=here', '']) expect((await post(deauthorize, body)).status).toBe(400);
    expect((await db.channel.findUniqueOrThrow({ where: { id: mine.id } })).status).toBe('active');

    const response = await post(deauthorize, fixture);
    expect(response.status).toBe(200);
    const row = await db.channel.findUniqueOrThrow({ where: { id: mine.id } });
    expect(row).toMatchObject({ status: 'disconnected', accessTokenEnc: null });
    expect((await db.channel.findUniqueOrThrow({ where: { id: others.id } })).status).toBe('active');
    expect(await db.auditLog.count({ where: { action: 'channel.deauthorized', targetId: mine.id } })).toBe(1);
  });
});

describe('Data Deletion callback', () => {
  it('rejects a bad signature; a valid one returns a status URL and code, and the job deletes the data', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, { token: 'PAGE_Z', type: 'messenger', metaUserId: FIXTURE_USER });
    const contact = await db.contact.create({ data: { workspaceId: workspace.id, channelId: channel.id, externalId: '7000000000000001' } });
    await db.conversation.create({ data: { workspaceId: workspace.id, channelId: channel.id, contactId: contact.id } });

    expect((await post(dataDeletion, tampered)).status).toBe(400);
    expect(await db.dataDeletionRequest.count()).toBe(0);

    const response = await post(dataDeletion, fixture);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { url: string; confirmation_code: string };
    expect(body.confirmation_code).toMatch(/^[A-Z0-9]{12}$/);
    expect(body.url).toBe(`http://localhost:3999/data-deletion/status?code=${body.confirmation_code}`);
    expect(await getDataDeletionStatus({ confirmationCode: body.confirmation_code })).toMatchObject({ status: 'pending' });

    const stop = await startWorkers({ jobs: [processDataDeletionJob], pollingIntervalSeconds: 0.5 });
    await vi.waitFor(async () => expect((await getDataDeletionStatus({ confirmationCode: body.confirmation_code }))?.status).toBe('completed'), { timeout: 15_000, interval: 200 });
    await stop(2_000);

    expect(await db.contact.count({ where: { channelId: channel.id } })).toBe(0);
    expect(await db.conversation.count({ where: { channelId: channel.id } })).toBe(0);
    expect(await db.channel.findUniqueOrThrow({ where: { id: channel.id } })).toMatchObject({ status: 'disconnected', accessTokenEnc: null });
    expect((await getDataDeletionStatus({ confirmationCode: body.confirmation_code }))?.completedAt).toBeInstanceOf(Date);
    expect(await getDataDeletionStatus({ confirmationCode: 'NOSUCHCODE99' })).toBeNull();
  });
});

describe('keys:rotate', () => {
  it('re-encrypts every token under the new active key, idempotently; the old key can then go', async () => {
    const ring = (value: string) => keyringSchema({ minBytes: 32, maxBytes: 32 }).parse(value);
    const k1 = generateKeyringEntry('k1');
    const k2 = generateKeyringEntry('k2');
    const { workspace } = await createWorkspaceWithOwner();
    const plaintexts = Array.from({ length: 5 }, (_, i) => `token-${i}-${'x'.repeat(i)}`);
    for (const [i, token] of plaintexts.entries()) {
      await db.channel.create({ data: { workspaceId: workspace.id, type: 'whatsapp', externalId: `rot-${i}`, name: 'n', accessTokenEnc: encryptToken(token, ring(k1)) } });
    }
    await db.channel.create({ data: { workspaceId: workspace.id, type: 'whatsapp', externalId: 'rot-none', name: 'n', accessTokenEnc: null } });
    // Tokens written by other tests in this file use the test ring's key; rotate only ours.
    await db.channel.updateMany({ where: { NOT: { externalId: { startsWith: 'rot-' } } }, data: { accessTokenEnc: null } });

    const first = await rotateChannelTokenKeys({ ring: ring(`${k2},${k1}`), batchSize: 2 });
    expect(first).toMatchObject({ rotated: 5, skipped: 0, activeKeyId: 'k2' });
    const rows = await db.channel.findMany({ where: { externalId: { startsWith: 'rot-' }, accessTokenEnc: { not: null } }, orderBy: { externalId: 'asc' } });
    expect(rows.every((r) => r.accessTokenEnc!.startsWith('k2.'))).toBe(true);
    expect(rows.map((r) => decryptToken(r.accessTokenEnc!, ring(k2)))).toEqual(plaintexts);

    expect(await rotateChannelTokenKeys({ ring: ring(`${k2},${k1}`) })).toMatchObject({ rotated: 0 });
    expect(await rotateChannelTokenKeys({ ring: ring(k2) })).toMatchObject({ rotated: 0 });
  });
});
