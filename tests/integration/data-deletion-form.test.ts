// The public data deletion form: the action creates a request with a confirmation code, the
// status lookup shared with Meta's callback finds it, the worker carries it out, and the form
// is rate limited per IP like the auth forms.
import { describe, expect, it, vi } from 'vitest';

const request = { headers: new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', 'x-forwarded-for': '203.0.113.7' }) };
vi.mock('next/headers', () => ({ headers: async () => request.headers, cookies: async () => ({ get: () => undefined }) }));

const { db } = await import('@/lib/db');
const { requestDataDeletionAction } = await import('@/app/(marketing)/data-deletion/actions');
const { getDataDeletionStatus } = await import('@/lib/privacy/get-data-deletion-status');
const { startWorkers } = await import('@/lib/jobs/start-workers');
const { processDataDeletionJob } = await import('@/lib/jobs/definitions/process-data-deletion');
const { rateLimits } = await import('@/lib/security/rate-limit');
const { createWorkspaceWithOwner } = await import('../factories');

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const submit = (fields: Record<string, string>) => requestDataDeletionAction({ ok: false, error: '' }, form(fields));

describe('public data deletion form', () => {
  it('creates a request, shows its code, and the status lookup follows it to completion', async () => {
    const { workspace } = await createWorkspaceWithOwner({ name: 'Deletion shop' });
    const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'instagram', externalId: '17841400000009999', name: 'shop' } });
    await db.contact.create({ data: { workspaceId: workspace.id, channelId: channel.id, externalId: 'ig-user-1', username: 'jane.doe' } });

    const result = await submit({ identifierType: 'instagram_username', identifier: '@Jane.Doe' });
    expect(result.ok).toBe(true);
    const code = result.ok ? result.data!.confirmationCode : '';
    expect(code).toMatch(/^[A-Z2-9]{12}$/);

    const row = await db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: code } });
    expect(row).toMatchObject({ source: 'public_form', identifierType: 'instagram_username', identifier: 'jane.doe', status: 'pending', metaUserId: null });
    expect(await getDataDeletionStatus({ confirmationCode: code.toLowerCase() })).toMatchObject({ status: 'pending' });

    const stop = await startWorkers({ jobs: [processDataDeletionJob], pollingIntervalSeconds: 0.5 });
    try {
      await vi.waitFor(async () => expect((await getDataDeletionStatus({ confirmationCode: code }))?.status).toBe('completed'), { timeout: 15_000, interval: 200 });
    } finally {
      await stop();
    }
    expect(await db.contact.count({ where: { channelId: channel.id } })).toBe(0);
  });

  it('rejects malformed identifiers without creating anything', async () => {
    const before = await db.dataDeletionRequest.count();
    const result = await submit({ identifierType: 'whatsapp_number', identifier: 'call me' });
    expect(result).toMatchObject({ ok: false, fieldErrors: { identifier: [expect.stringContaining('country code')] } });
    expect(await db.dataDeletionRequest.count()).toBe(before);
  });

  it('refuses cross-site posts', async () => {
    const saved = request.headers;
    request.headers = new Headers({ host: 'localhost:3000', origin: 'https://evil.example' });
    try {
      expect(await submit({ identifierType: 'email', identifier: 'jane@example.com' })).toMatchObject({ ok: false, error: expect.stringContaining('did not come from Relaydesk') });
    } finally {
      request.headers = saved;
    }
  });

  it('is rate limited per IP', async () => {
    request.headers.set('x-forwarded-for', '198.51.100.23');
    const results = [];
    for (let i = 0; i <= rateLimits.dataDeletionPerIp.limit; i++) results.push(await submit({ identifierType: 'email', identifier: `person${i}@example.com` }));
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/) });
    // Another visitor is unaffected.
    request.headers.set('x-forwarded-for', '198.51.100.24');
    expect((await submit({ identifierType: 'email', identifier: 'other@example.com' })).ok).toBe(true);
  });
});
