// The "no trace left" proof (issue 16.2). Every table and column is read from the Postgres
// catalog, not from a list we maintain: after erasing a subject (a contact, a user account, a
// workspace), no row anywhere still contains its identifiers — ids, handle, number, names, message
// texts, file keys — and its files are gone from storage. The erasure registry must name exactly
// the catalog's tables, so a table added later without erasure handling fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';

const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-erasure-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const { db } = await import('@/lib/db');
const { getStorage, mediaStorageKey } = await import('@/lib/storage/storage');
const { erasureRegistry } = await import('@/lib/erasure/erasure-registry');
const { eraseContacts } = await import('@/lib/erasure/erase-contacts');
const { eraseUserAccount } = await import('@/lib/erasure/erase-user-account');
const { eraseWorkspace } = await import('@/lib/erasure/erase-workspace');
const { eraseChannelData } = await import('@/lib/erasure/erase-channel-data');
const { recordAudit } = await import('@/lib/audit/record-audit');
const { createWorkspaceWithOwner, addMember } = await import('../factories');
const { createChannel } = await import('../channel-factories');

/** Tables that exist only for development (never written in production) are not scanned. */
const DEV_ONLY = new Set(['SimulatorRecord']);

type Column = { table: string; column: string; type: string };

async function catalogColumns(): Promise<Column[]> {
  return db.$queryRaw<Column[]>`
    select c.table_name as "table", c.column_name as "column", c.udt_name as "type"
      from information_schema.columns c join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
     where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.table_name <> '_prisma_migrations'`;
}

/** Every (table.column) whose value contains any needle, searched over all columns of every table. */
async function traces(needles: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const { table, column, type } of await catalogColumns()) {
    if (DEV_ONLY.has(table)) continue;
    // One query per column: which needles occur anywhere in it.
    const hits =
      type === 'bytea'
        ? await db.$queryRawUnsafe<{ n: string }[]>(`select n from unnest($1::text[]) n where exists (select 1 from "${table}" where position(convert_to(n, 'UTF8') in "${column}") > 0)`, needles)
        : await db.$queryRawUnsafe<{ n: string }[]>(`select n from unnest($1::text[]) n where exists (select 1 from "${table}" where "${column}"::text ilike '%' || n || '%')`, needles);
    for (const { n } of hits) found.push(`${table}.${column} contains ${n}`);
  }
  return found;
}

async function fileExists(key: string) {
  return (await getStorage().stat(key)) !== null;
}

/** A workspace populated in every table a customer's data reaches, for one contact (and a bystander). */
async function seedCustomer(options: { workspaceId: string; userId: string; channel: { id: string; type: 'whatsapp' | 'instagram' } }) {
  const { workspaceId, userId, channel } = options;
  const tag = randomBytes(5).toString('hex');
  const subject = { externalId: `49151${Date.now() % 1_000_000}${randomBytes(2).readUInt16BE() % 100}`, username: `erase.me.${tag}`, name: `Erasmus Subject ${tag}`, text: `my secret address ${tag} street` };
  const contact = await db.contact.create({ data: { workspaceId, channelId: channel.id, externalId: subject.externalId, username: subject.username, name: subject.name } });
  const conversation = await db.conversation.create({ data: { workspaceId, channelId: channel.id, contactId: contact.id, lastMessagePreview: subject.text, openKey: `direct:${contact.id}` } });
  const message = await db.message.create({
    data: {
      workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'inbound', sender: 'customer', status: 'received', kind: 'image',
      externalId: `wamid.${tag}`, text: subject.text, details: { caption: subject.text }, raw: { from: subject.externalId }, sentAt: new Date(),
    },
  });
  const media = await db.messageMedia.create({ data: { workspaceId, messageId: message.id, kind: 'image', mimeType: 'image/jpeg', status: 'stored', sourceUrl: `https://cdn.example/${tag}.jpg` } });
  const storageKey = mediaStorageKey(workspaceId, media.id);
  await getStorage().put(storageKey, Buffer.from(`photo of ${subject.name}`), { contentType: 'image/jpeg' });
  await db.messageMedia.update({ where: { id: media.id }, data: { storageKey } });
  await db.message.create({ data: { workspaceId, channelId: channel.id, conversationId: conversation.id, direction: 'outbound', sender: 'operator', authorUserId: userId, status: 'sent', kind: 'text', text: `Hi ${subject.name}, noted ${tag}`, sentAt: new Date() } });
  const label = await db.label.create({ data: { workspaceId, name: `VIP ${tag}`, color: 'red' } });
  await db.conversationLabel.create({ data: { workspaceId, conversationId: conversation.id, labelId: label.id } });
  const note = await db.conversationNote.create({ data: { workspaceId, conversationId: conversation.id, authorId: userId, body: `${subject.name} is a regular`, mentionedIds: [userId] } });
  await db.replyDraft.create({ data: { workspaceId, conversationId: conversation.id, inReplyToId: message.id, text: `Draft for ${subject.name}`, decidedById: userId } });
  await db.conversationPresence.create({ data: { workspaceId, conversationId: conversation.id, userId } });
  await db.notificationOutbox.create({ data: { workspaceId, userId, kind: 'new_conversation', conversationId: conversation.id, noteId: note.id, summary: `${subject.name}: ${subject.text}` } });
  await db.inboxEvent.create({ data: { workspaceId, conversationId: conversation.id, type: 'message.created', payload: { preview: subject.text } } });
  await db.agentRun.create({ data: { workspaceId, conversationId: conversation.id, triggerMessageId: message.id, kind: 'reply', mode: 'draft', provider: 'offline', replyText: `Sure ${subject.name}`, sources: [{ excerpt: subject.text }], messageIds: [message.id] } });
  await db.pendingMessageStatus.create({ data: { workspaceId, channelId: channel.id, externalId: `wamid.${tag}`, status: 'read', occurredAt: new Date() } });
  await db.pendingMessageStatus.create({ data: { workspaceId, channelId: channel.id, externalId: `watermark:${subject.externalId}:1700000000000`, status: 'read', occurredAt: new Date() } });
  const delivery = await db.webhookDelivery.create({ data: { rawBody: Buffer.from(JSON.stringify({ entry: [{ changes: [{ value: { contacts: [{ profile: { name: subject.name }, wa_id: subject.externalId }], messages: [{ text: { body: subject.text } }] } }] }] })), status: 'accepted', object: 'whatsapp_business_account' } });
  await db.webhookEvent.create({ data: { deliveryId: delivery.id, unitIndex: 0, object: 'whatsapp_business_account', channelId: channel.id, workspaceId, payload: { value: { contacts: [{ wa_id: subject.externalId, profile: { name: subject.name } }], messages: [{ text: { body: subject.text } }] } } } });
  // A malformed delivery (no events) that still names the person.
  await db.webhookDelivery.create({ data: { rawBody: Buffer.from(`{"broken": "${subject.externalId}" ${subject.text}`), status: 'malformed' } });
  await db.emailMessage.create({ data: { to: 'owner@example.com', subject: 'New conversation', html: `<p>${subject.name}</p><a href="https://app/inbox/${conversation.id}">open</a>`, text: `${subject.name}: ${subject.text}`, template: 'inbox-digest', transport: 'dev-mailbox' } });
  await recordAudit({ action: 'conversation.status_changed', workspaceId, actorUserId: userId, targetType: 'conversation', metadata: { status: 'closed' } });
  return { contact, conversation, message, storageKey, subject, needles: [contact.id, subject.externalId, subject.username, subject.name, subject.text, conversation.id, message.id, storageKey, tag] };
}

describe('erasure leaves no trace (catalog-wide)', () => {
  it('the erasure registry names exactly the tables in the database', async () => {
    const tables = [...new Set((await catalogColumns()).map((c) => c.table))].sort();
    expect(Object.keys(erasureRegistry).sort()).toEqual(tables);
  });

  it('erasing a contact removes every row and file that held it, and nothing of a bystander', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'whatsapp');
    const subject = await seedCustomer({ workspaceId: workspace.id, userId: owner.id, channel: { id: channel.id, type: 'whatsapp' } });
    const bystander = await seedCustomer({ workspaceId: workspace.id, userId: owner.id, channel: { id: channel.id, type: 'whatsapp' } });
    expect((await traces(subject.needles)).length).toBeGreaterThan(10); // the probe finds data before

    const counts = await eraseContacts({ workspaceId: workspace.id, contactIds: [subject.contact.id] });
    expect(counts).toMatchObject({ contacts: 1, conversations: 1, messages: 2, files: 1 });
    // The tag is in the label name (the business's own record) on purpose; everything else must be gone.
    expect(await traces(subject.needles.filter((n) => n !== subject.needles.at(-1)))).toEqual([]);
    expect(await fileExists(subject.storageKey)).toBe(false);
    expect(await db.contact.findUnique({ where: { id: bystander.contact.id } })).not.toBeNull();
    expect(await fileExists(bystander.storageKey)).toBe(true);
  });

  it('erasing a channel\'s data removes its customers everywhere they were stored', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const channel = await createChannel(workspace.id, 'whatsapp');
    const a = await seedCustomer({ workspaceId: workspace.id, userId: owner.id, channel: { id: channel.id, type: 'whatsapp' } });
    const b = await seedCustomer({ workspaceId: workspace.id, userId: owner.id, channel: { id: channel.id, type: 'whatsapp' } });
    await eraseChannelData({ workspaceId: workspace.id, channelId: channel.id });
    const needles = [...a.needles.slice(0, -1), ...b.needles.slice(0, -1)];
    expect(await traces(needles)).toEqual([]);
    expect(await fileExists(a.storageKey)).toBe(false);
  });

  it('erasing a user account leaves no row naming the user, while the shared workspace keeps its data', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const tag = randomBytes(4).toString('hex');
    const leaver = await addMember(workspace.id, 'admin', { email: `leaver-${tag}@example.com` });
    await db.user.update({ where: { id: leaver.id }, data: { name: `Leaving Person ${tag}` } });
    const channel = await createChannel(workspace.id, 'whatsapp');
    await db.channel.update({ where: { id: channel.id }, data: { connectedById: leaver.id } });
    const customer = await seedCustomer({ workspaceId: workspace.id, userId: leaver.id, channel: { id: channel.id, type: 'whatsapp' } });
    await db.session.create({ data: { userId: leaver.id, expiresAt: new Date(Date.now() + 3_600_000), ipAddress: '198.51.100.9', userAgent: 'Firefox' } });
    await db.invite.create({ data: { workspaceId: workspace.id, email: 'new@example.com', role: 'agent', tokenHash: randomBytes(16).toString('hex'), invitedById: leaver.id, expiresAt: new Date(Date.now() + 86_400_000) } });
    await recordAudit({ action: 'invite.sent', workspaceId: workspace.id, actorUserId: leaver.id, metadata: { email: `leaver-${tag}@example.com` }, meta: { ipAddress: '198.51.100.9', userAgent: 'Firefox' } });
    await recordAudit({ action: 'member.role_changed', workspaceId: workspace.id, targetType: 'member', targetId: leaver.id });
    await db.emailMessage.create({ data: { to: `leaver-${tag}@example.com`, subject: 'Hi', html: 'x', text: 'x', template: 'verify-email', transport: 'dev-mailbox' } });
    await db.rateLimitBucket.create({ data: { key: `login:account:leaver-${tag}@example.com`, count: 1, windowStart: new Date(), expiresAt: new Date(Date.now() + 60_000) } });
    await db.workspaceExport.create({ data: { workspaceId: workspace.id, requestedById: leaver.id } });

    expect(await eraseUserAccount({ userId: leaver.id })).toEqual({ erased: true, workspacesErased: 0 });
    expect(await traces([leaver.id, `leaver-${tag}@example.com`, `Leaving Person ${tag}`, '198.51.100.9'])).toEqual([]);
    expect(await db.conversation.count({ where: { id: customer.conversation.id } })).toBe(1);
  });

  it('refuses to erase the sole owner of a workspace that has other members', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    await addMember(workspace.id, 'agent');
    await expect(eraseUserAccount({ userId: owner.id })).rejects.toThrow(/only owner|another member owner/);
  });

  it('erasing a workspace leaves no row and no file of it', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner({ name: `Closing Shop ${randomBytes(3).toString('hex')}` });
    const channel = await createChannel(workspace.id, 'instagram');
    const customer = await seedCustomer({ workspaceId: workspace.id, userId: owner.id, channel: { id: channel.id, type: 'instagram' } });
    await db.cannedResponse.create({ data: { workspaceId: workspace.id, shortcut: 'hi', body: 'Hello!' } });
    await db.agentSettingsVersion.create({ data: { workspaceId: workspace.id, version: 1, settings: {} } });
    await db.agentConfig.create({ data: { workspaceId: workspace.id } });
    const file = await db.knowledgeFile.create({ data: { workspaceId: workspace.id, name: 'prices.txt', mimeType: 'text/plain', sizeBytes: 5, sha256: randomBytes(32).toString('hex'), content: Buffer.from('hello') } });
    await db.knowledgeChunk.create({ data: { workspaceId: workspace.id, fileId: file.id, ordinal: 0, text: 'hello' } });
    const uploadKey = mediaStorageKey(workspace.id, '0190a000-0000-7000-8000-000000000001');
    await getStorage().put(uploadKey, Buffer.from('upload'), { contentType: 'application/pdf' });
    await db.outboundUpload.create({ data: { workspaceId: workspace.id, kind: 'document', mimeType: 'application/pdf', sizeBytes: 6, fileName: 'offer.pdf', storageKey: uploadKey } });
    await db.messageTemplate.create({ data: { workspaceId: workspace.id, channelId: channel.id, name: 'hello', language: 'en', status: 'APPROVED', components: [] } });

    const result = await eraseWorkspace({ workspaceId: workspace.id });
    expect(result).toMatchObject({ erased: true, contacts: 1 });
    expect(await traces([workspace.id, workspace.slug, workspace.name, channel.externalId, ...customer.needles])).toEqual([]);
    expect(await fileExists(customer.storageKey)).toBe(false);
    expect(await fileExists(uploadKey)).toBe(false);
    // The owner's account is their own subject and stays.
    expect(await db.user.findUnique({ where: { id: owner.id } })).not.toBeNull();
  });
});
