// Issue 16.6: privacy requests received by email are logged by a platform admin, show their
// legal due date, and are processed only once the admin verified the requester.
import { describe, expect, it } from 'vitest';

process.env.PLATFORM_ADMIN_EMAILS = 'ops@relaydesk.test';

const { db } = await import('@/lib/db');
const { logEmailPrivacyRequest, processVerifiedRequest } = await import('@/lib/privacy/log-email-request');
const { listPrivacyRequests, maskIdentifier } = await import('@/lib/privacy/list-privacy-requests');
const { processDataDeletionRequest } = await import('@/lib/privacy/process-data-deletion-request');
const { createWorkspaceWithOwner } = await import('../factories');
const { createChannel, createConversation } = await import('../channel-factories');

const input = { identifierType: 'whatsapp_number' as const, identifier: '4917012345678' };

describe('platform privacy requests', () => {
  it('refuses anyone but platform admins', async () => {
    await expect(logEmailPrivacyRequest({ adminEmail: 'owner@shop.test', input, receivedAt: new Date(), note: 'x', verified: true })).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.dataDeletionRequest.count({ where: { source: 'email_request' } })).toBe(0);
  });

  it('logs an unverified request with its due date, processes it after verification, and lists it masked', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'whatsapp');
    const { contact } = await createConversation(channel, { contactExternalId: input.identifier });
    const receivedAt = new Date('2026-11-01T12:00:00Z');
    const { id } = await logEmailPrivacyRequest({ adminEmail: 'ops@relaydesk.test', input, receivedAt, note: 'Asked by email; replied from the number on WhatsApp', verified: false });
    const row = await db.dataDeletionRequest.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'awaiting_confirmation', source: 'email_request', loggedByEmail: 'ops@relaydesk.test', expiresAt: null });
    expect(row.dueAt).toEqual(new Date('2026-12-01T12:00:00Z'));
    // Not verified: the job refuses it like any unproven request.
    expect(await processDataDeletionRequest({ requestId: id })).toMatchObject({ skipped: true });
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(1);

    const listed = (await listPrivacyRequests({ open: true })).find((r) => r.id === id)!;
    expect(listed.identifierMasked).toBe('49••••••78');
    expect(JSON.stringify(listed)).not.toContain(input.identifier);

    await processVerifiedRequest({ adminEmail: 'ops@relaydesk.test', requestId: id });
    await expect(processVerifiedRequest({ adminEmail: 'ops@relaydesk.test', requestId: id })).rejects.toMatchObject({ code: 'conflict' });
    expect(await db.dataDeletionRequest.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'pending', confirmedVia: 'admin' });
    expect(await processDataDeletionRequest({ requestId: id })).toMatchObject({ contacts: 1 });
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(0);
    expect((await listPrivacyRequests({ open: true })).some((r) => r.id === id)).toBe(false);
    expect((await listPrivacyRequests({ open: false })).find((r) => r.id === id)).toMatchObject({ status: 'completed', identifierMasked: '—' });
  });

  it('masks identifiers', () => {
    expect(maskIdentifier('email', 'jane.doe@example.com')).toBe('j•••@example.com');
    expect(maskIdentifier('instagram_username', 'ab')).toBe('••••');
  });
});
