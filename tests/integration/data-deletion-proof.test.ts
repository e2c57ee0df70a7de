// Issue 12.1: a public deletion request must prove identity before anything is erased. Before the
// fix an anonymous form post with someone's WhatsApp number deleted that person's contacts in every
// workspace (the first test failed then). Now a request waits for a one-time code sent from the
// number/account itself (or an emailed link), expires unconfirmed erasing nothing, tells the truth
// on its status page, and reveals nothing to an anonymous caller before it is proven.
import { describe, expect, it } from 'vitest';
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/lib/http/peer-address-stamp';

// The visitor's address is the TCP peer, as the server stamps it (lib/http/peer-address-stamp.ts).
const headers = new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', [PEER_ADDRESS_HEADER]: peerAddressHeaderValue('203.0.113.77') });

const { db } = await import('@/lib/db');
const { submitDataDeletionForm } = await import('@/lib/privacy/submit-data-deletion-form');
const { processDataDeletionRequest } = await import('@/lib/privacy/process-data-deletion-request');
const { checkDeletionProof } = await import('@/lib/privacy/check-deletion-proof');
const { getDataDeletionStatus } = await import('@/lib/privacy/get-data-deletion-status');
const { expireDataDeletionRequests } = await import('@/lib/privacy/expire-data-deletion-requests');
const { confirmDataDeletionByEmail } = await import('@/lib/privacy/confirm-data-deletion-by-email');
const { createDataDeletionRequest } = await import('@/lib/privacy/create-data-deletion-request');
const { identifierMatchesHash } = await import('@/lib/privacy/hash-identifier');
const { createWorkspaceWithOwner } = await import('../factories');
const { createChannel, createConversation, createInboundMessage } = await import('../channel-factories');

let ip = 10;
async function submit(identifierType: string, identifier: string) {
  headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue(`203.0.113.${ip++}`));
  const result = await submitDataDeletionForm({ identifierType, [`identifier_${identifierType}`]: identifier }, headers);
  if (!result.ok) throw new Error(result.error);
  return db.dataDeletionRequest.findUniqueOrThrow({ where: { confirmationCode: result.data!.confirmationCode } });
}

async function waContactIn(number: string, name = 'Wanda') {
  const { workspace, owner } = await createWorkspaceWithOwner({ name: `Shop ${number.slice(-3)}` });
  const channel = await createChannel(workspace.id, 'whatsapp');
  const { contact, conversation } = await createConversation(channel, { contactExternalId: number });
  await db.contact.update({ where: { id: contact.id }, data: { name } });
  await createInboundMessage({ channel, conversationId: conversation.id, text: 'Where is my order?' });
  return { workspace, owner, channel, contact, conversation };
}

const queuedEmails = (to: string) => db.$queryRaw<{ template: string }[]>`select data->>'template' as template from pgboss.job where name = 'send-email' and data->>'to' = ${to}`;

describe('anonymous data deletion', () => {
  it('erases nothing for an unproven request from the public form', async () => {
    const { contact } = await waContactIn('4915123456789');
    const request = await submit('whatsapp_number', '+49 151 23456789');
    expect(request).toMatchObject({ status: 'awaiting_confirmation', confirmedAt: null, proofCode: expect.stringMatching(/^DEL-[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    // Whatever the worker does with the request, the contact must survive it.
    expect(await processDataDeletionRequest({ requestId: request.id })).toMatchObject({ skipped: true, reason: 'not confirmed' });
    expect(await db.contact.findUnique({ where: { id: contact.id } })).not.toBeNull();
  });

  it('shows a stranger the same thing whether or not any business holds the number', async () => {
    await waContactIn('4915100000001');
    const known = await submit('whatsapp_number', '+4915100000001');
    const unknown = await submit('whatsapp_number', '+4915100000999');
    const a = await getDataDeletionStatus({ confirmationCode: known.confirmationCode });
    const b = await getDataDeletionStatus({ confirmationCode: unknown.confirmationCode });
    const shape = (v: typeof a) => ({ ...v, proofCode: 'x', requestedAt: 0, expiresAt: 0 });
    expect(shape(a)).toEqual(shape(b));
    expect(a).toMatchObject({ status: 'awaiting_confirmation', erased: null });
  });

  it('erases the number everywhere once the code arrives from that number, notifying each business', async () => {
    const number = '4915122223333';
    const first = await waContactIn(number);
    const second = await waContactIn(number);
    const bystander = await createConversation(first.channel, { contactExternalId: '4915199990000' });
    const request = await submit('whatsapp_number', `+${number}`);

    // The person writes the code to one business, from their own number.
    const codeMessage = await createInboundMessage({ channel: first.channel, conversationId: first.conversation.id, text: `delete my data ${request.proofCode!.toLowerCase()}` });
    expect(await checkDeletionProof({ workspaceId: first.workspace.id, messageId: codeMessage.id })).toBe('confirmed');
    expect(await db.dataDeletionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'pending', confirmedVia: 'message_code', proofCode: null });
    const result = await processDataDeletionRequest({ requestId: request.id });
    expect(result).toMatchObject({ skipped: false, contacts: 2, workspaces: 2 });

    expect(await db.contact.count({ where: { externalId: number } })).toBe(0);
    expect(await db.message.findUnique({ where: { id: codeMessage.id } })).toBeNull();
    expect(await db.contact.findUnique({ where: { id: bystander.contact.id } })).not.toBeNull();
    for (const shop of [first, second]) {
      expect(await db.auditLog.count({ where: { workspaceId: shop.workspace.id, action: 'privacy.data_erased' } })).toBe(1);
      expect(await queuedEmails(shop.owner.email)).toEqual([{ template: 'privacy-notice' }]);
    }
    const closed = await db.dataDeletionRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(closed).toMatchObject({ status: 'completed', identifier: null });
    expect(identifierMatchesHash(number, closed.identifierHash!)).toBe(true);
    const status = await getDataDeletionStatus({ confirmationCode: request.confirmationCode });
    expect(status).toMatchObject({ status: 'completed', proofCode: null, erased: { contacts: 2, workspaces: 2, messages: 3 } });
  });

  it('ignores the code sent from another number, and stops accepting it after repeated misuse', async () => {
    const victim = await waContactIn('4915144445555');
    const request = await submit('whatsapp_number', '+4915144445555');
    const attacker = await createConversation(victim.channel, { contactExternalId: '4915166667777' });
    for (let i = 0; i < 5; i++) {
      const m = await createInboundMessage({ channel: victim.channel, conversationId: attacker.conversation.id, text: request.proofCode! });
      expect(await checkDeletionProof({ workspaceId: victim.workspace.id, messageId: m.id })).toBe('mismatch');
    }
    const after = await db.dataDeletionRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(after).toMatchObject({ status: 'awaiting_confirmation', proofCode: null, proofMismatches: 5 });
    // The real owner's message no longer confirms a burned code.
    const late = await createInboundMessage({ channel: victim.channel, conversationId: victim.conversation.id, text: request.proofCode! });
    expect(await checkDeletionProof({ workspaceId: victim.workspace.id, messageId: late.id })).toBe('unknown_code');
    expect(await db.contact.findUnique({ where: { id: victim.contact.id } })).not.toBeNull();
  });

  it('confirms an Instagram username only from the account with that handle', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'instagram');
    const { contact, conversation } = await createConversation(channel);
    await db.contact.update({ where: { id: contact.id }, data: { username: 'Jane.Doe' } });
    const request = await submit('instagram_username', '@jane.doe');
    const m = await createInboundMessage({ channel, conversationId: conversation.id, text: request.proofCode! });
    expect(await checkDeletionProof({ workspaceId: workspace.id, messageId: m.id })).toBe('confirmed');
    expect(await processDataDeletionRequest({ requestId: request.id })).toMatchObject({ contacts: 1 });
    expect(await db.contact.findUnique({ where: { id: contact.id } })).toBeNull();
  });

  it('waits (retries) while a new Instagram sender has no handle yet', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'instagram');
    const { conversation } = await createConversation(channel);
    const request = await submit('instagram_username', 'someone');
    const m = await createInboundMessage({ channel, conversationId: conversation.id, text: request.proofCode! });
    await expect(checkDeletionProof({ workspaceId: workspace.id, messageId: m.id })).rejects.toThrow(/profile/);
  });

  it('expires unconfirmed requests, erasing nothing and dropping the identifier', async () => {
    const { contact } = await waContactIn('4915177778888');
    const request = await submit('whatsapp_number', '+4915177778888');
    await expireDataDeletionRequests({ now: new Date(Date.now() + 8 * 86_400_000) });
    expect(await db.dataDeletionRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ status: 'expired', identifier: null, proofCode: null });
    expect(await db.contact.findUnique({ where: { id: contact.id } })).not.toBeNull();
    expect(await getDataDeletionStatus({ confirmationCode: request.confirmationCode })).toMatchObject({ status: 'expired', erased: null });
  });

  it('confirms an email request by its link, once, and says truthfully what was found', async () => {
    const email = `gone-${Date.now()}@example.com`;
    const request = await createDataDeletionRequest({ source: 'public_form', identifierType: 'email', identifier: email });
    expect(request.emailToken).toBeTruthy();
    expect(await confirmDataDeletionByEmail({ token: 'x'.repeat(40), ipAddress: '203.0.113.200' })).toBeNull();
    expect(await confirmDataDeletionByEmail({ token: request.emailToken!, ipAddress: '203.0.113.200' })).toEqual({ confirmationCode: request.confirmationCode });
    expect(await confirmDataDeletionByEmail({ token: request.emailToken!, ipAddress: '203.0.113.200' })).toBeNull();
    await processDataDeletionRequest({ requestId: request.id });
    const status = await getDataDeletionStatus({ confirmationCode: request.confirmationCode });
    expect(status).toMatchObject({ status: 'completed', erased: { account: 'none', contacts: 0 } });
  });

  it('emails the confirmation link for an email identifier, and only the hash sits in the rate-limit table', async () => {
    const email = `link-${Date.now()}@example.com`;
    await submit('email', email);
    expect(await queuedEmails(email)).toEqual([{ template: 'privacy-notice' }]);
    expect(await db.rateLimitBucket.count({ where: { key: { contains: email } } })).toBe(0);
  });
});
