// The public data deletion form (a plain form post to pages/data-deletion): it creates a request
// with a confirmation code, the status lookup shared with Meta's callback finds it, the worker
// carries it out once the person proved it is them, and the form is rate limited per IP.
import { describe, expect, it, vi } from 'vitest';
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/lib/http/peer-address-stamp';

// The visitor's address is the TCP peer, as the server stamps it (lib/http/peer-address-stamp.ts).
const request = { headers: new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('203.0.113.7') }) };

const { db } = await import('@/lib/db');
const { submitDataDeletionForm } = await import('@/lib/privacy/submit-data-deletion-form');
const { getDataDeletionStatus } = await import('@/lib/privacy/get-data-deletion-status');
const { startWorkers } = await import('@/lib/jobs/start-workers');
const { processDataDeletionJob } = await import('@/lib/jobs/definitions/process-data-deletion');
const { rateLimits } = await import('@/lib/security/rate-limit');
const { createWorkspaceWithOwner } = await import('../factories');

/** The form has one input per type; `identifier` goes into the chosen type's input. */
const submit = ({ identifierType, identifier }: { identifierType: string; identifier: string }, extra: Record<string, string> = {}) =>
  submitDataDeletionForm({ identifierType, [`identifier_${identifierType}`]: identifier, ...extra }, request.headers);

describe('public data deletion form', () => {
  it('creates a request, shows its code, and the status lookup follows it through proof to completion', async () => {
    const { workspace } = await createWorkspaceWithOwner({ name: 'Deletion shop' });
    const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'instagram', externalId: '17841400000009999', name: 'shop' } });
    const contact = await db.contact.create({ data: { workspaceId: workspace.id, channelId: channel.id, externalId: 'ig-user-1', username: 'jane.doe' } });
    const conversation = await db.conversation.create({ data: { workspaceId: workspace.id, channelId: channel.id, contactId: contact.id } });

    const result = await submit({ identifierType: 'instagram_username', identifier: '@Jane.Doe' });
    expect(result.ok).toBe(true);
    const code = result.ok ? result.data!.confirmationCode : '';
    expect(code).toMatch(/^[A-Z2-9]{12}$/);

    const row = await db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: code } });
    // Issue 12.1: an anonymous request is only recorded; it waits for proof (it used to be queued and run).
    expect(row).toMatchObject({ source: 'public_form', identifierType: 'instagram_username', identifier: 'jane.doe', status: 'awaiting_confirmation' });
    expect(await getDataDeletionStatus({ confirmationCode: code.toLowerCase() })).toMatchObject({ status: 'awaiting_confirmation', proofCode: row.proofCode });

    // The person sends the code from that Instagram account; the worker confirms and erases.
    const message = await db.message.create({
      data: { workspaceId: workspace.id, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'text', externalId: 'mid.proof', text: `Here is my code: ${row.proofCode}`, sentAt: new Date() },
    });
    const { enqueueDeletionProofChecks } = await import('@/lib/privacy/enqueue-deletion-proof-checks');
    expect(await enqueueDeletionProofChecks({ workspaceId: workspace.id, insertedMessageIds: [message.id] })).toBe(1);
    const { checkDeletionProofJob } = await import('@/lib/jobs/definitions/check-deletion-proof');
    const stop = await startWorkers({ jobs: [checkDeletionProofJob, processDataDeletionJob], pollingIntervalSeconds: 0.5 });
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

  it('reads only the chosen type\'s input and ignores the others', async () => {
    const result = await submit({ identifierType: 'email', identifier: 'Jane@Example.com' }, { identifier_instagram_username: 'not used', identifier_whatsapp_number: '' });
    expect(result.ok).toBe(true);
    const code = result.ok ? result.data!.confirmationCode : '';
    expect(await db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: code } })).toMatchObject({ identifierType: 'email', identifier: 'jane@example.com' });
    // An unknown type never reaches a lookup of some other input.
    expect(await submitDataDeletionForm({ identifierType: 'toString', identifier_email: 'a@b.c' }, request.headers)).toMatchObject({ ok: false, fieldErrors: { identifierType: [expect.any(String)] } });
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
    request.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue('198.51.100.23'));
    const results = [];
    for (let i = 0; i <= rateLimits.dataDeletionPerIp.limit; i++) results.push(await submit({ identifierType: 'email', identifier: `person${i}@example.com` }));
    expect(results.slice(0, -1).every((r) => r.ok)).toBe(true);
    expect(results.at(-1)).toMatchObject({ ok: false, error: expect.stringMatching(/^Too many attempts\. Try again in \d+ minutes?\.$/) });
    // Another visitor is unaffected.
    request.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue('198.51.100.24'));
    expect((await submit({ identifierType: 'email', identifier: 'other@example.com' })).ok).toBe(true);
  });
});
