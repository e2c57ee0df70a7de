// Contacts: list search (name, handle, number, email), filters, sort, keyset pagination, the
// contact page across merged identities, editing with custom attributes, merge (identities and
// conversations kept, audit entry, suggestions), last-seen upkeep on ingest, and isolation.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteContact } from '@/lib/contacts/delete-contact';
import { exportContactData } from '@/lib/contacts/export-contact-data';
import { createContactAttribute } from '@/lib/contacts/attributes/create-contact-attribute';
import { deleteContactAttribute } from '@/lib/contacts/attributes/delete-contact-attribute';
import { findMergeSuggestions } from '@/lib/contacts/find-merge-suggestions';
import { getContactProfile, type ContactProfile } from '@/lib/contacts/get-contact-profile';
import { listContacts } from '@/lib/contacts/list-contacts';
import { mergeContacts } from '@/lib/contacts/merge-contacts';
import { previewContactMerge } from '@/lib/contacts/preview-contact-merge';
import { updateContact } from '@/lib/contacts/update-contact';
import { storeMessage } from '@/lib/inbox/store-message';
import { processDataDeletionRequest } from '@/lib/privacy/process-data-deletion-request';
import type { ChannelType } from '@/lib/generated/prisma/enums';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

type Channel = { id: string; workspaceId: string; type: ChannelType };
const day = 86_400_000;
const now = new Date('2026-12-05T12:00:00.000Z');

async function person(channel: Channel, options: { name?: string; username?: string; externalId?: string; email?: string; phone?: string; seenDaysAgo?: number | null; conversations?: number; labelId?: string; createdAt?: Date }) {
  const contact = await db.contact.create({
    data: {
      workspaceId: channel.workspaceId, channelId: channel.id, externalId: options.externalId ?? randomBytes(6).toString('hex'), name: options.name ?? null, username: options.username ?? null,
      email: options.email ?? null, phone: options.phone ?? null, createdAt: options.createdAt,
      lastSeenAt: options.seenDaysAgo == null ? null : new Date(now.getTime() - options.seenDaysAgo * day),
    },
  });
  for (let i = 0; i < (options.conversations ?? 1); i++) {
    await db.conversation.create({
      data: {
        workspaceId: channel.workspaceId, channelId: channel.id, contactId: contact.id, status: i === 0 ? 'open' : 'closed', openKey: i === 0 ? `direct:${contact.id}` : null,
        labels: options.labelId && i === 0 ? { create: [{ workspaceId: channel.workspaceId, labelId: options.labelId }] } : undefined,
      },
    });
  }
  return contact;
}

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;
let ig: Channel;
let wa: Channel;
let ms: Channel;
let ids: { ana: string; anaWa: string; bo: string; cy: string; dee: string; bAna: string; bWa: string };
let labelId: string;

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  agentCtx = await contextFor((await addMember(ctx.workspace.id, 'agent')).id, ctx.workspace.id);
  ig = await createChannel(ctx.workspace.id, 'instagram');
  wa = await createChannel(ctx.workspace.id, 'whatsapp');
  ms = await createChannel(ctx.workspace.id, 'messenger');
  labelId = (await db.label.create({ data: { workspaceId: ctx.workspace.id, name: 'VIP', color: '#dc2626' } })).id;
  ids = {
    ana: (await person(ig, { name: 'Ana Lima', username: 'ana.lima', seenDaysAgo: 1, conversations: 2, labelId })).id,
    anaWa: (await person(wa, { name: 'Ana L', externalId: '447700900123', seenDaysAgo: 3 })).id,
    bo: (await person(ms, { name: 'Bo Chen', email: 'bo@example.com', seenDaysAgo: 40 })).id,
    cy: (await person(ig, { username: 'cy_percent%', seenDaysAgo: null })).id,
    dee: (await person(wa, { name: 'Dee', externalId: '15550001111', phone: '+15550001111', seenDaysAgo: 200 })).id,
  } as typeof ids;
  // Workspace B: same names, email and number, which must never show up in A.
  const bIg = await createChannel(otherCtx.workspace.id, 'instagram');
  const bWa = await createChannel(otherCtx.workspace.id, 'whatsapp');
  ids.bAna = (await person(bIg, { name: 'Ana Lima', username: 'ana.lima', email: 'bo@example.com', seenDaysAgo: 1 })).id;
  ids.bWa = (await person(bWa, { name: 'Ana B', externalId: '447700900123', seenDaysAgo: 1 })).id;
});

const names = async (filters: Parameters<typeof listContacts>[0]['filters'], c = ctx) => (await listContacts({ ctx: c, filters, now })).contacts.map((row) => row.id);

describe('contacts list', () => {
  it('searches by name, handle, email and phone number (any formatting), only in the workspace', async () => {
    expect(await names({ q: 'ana lim' })).toEqual([ids.ana]);
    expect(await names({ q: '@ana.lima' })).toEqual([ids.ana]);
    expect(await names({ q: 'BO@EXAMPLE' })).toEqual([ids.bo]);
    expect(await names({ q: '+44 7700-900' })).toEqual([ids.anaWa]);
    expect(await names({ q: '555 000' })).toEqual([ids.dee]);
    // LIKE wildcards are literal.
    expect(await names({ q: '%' })).toEqual([ids.cy]);
    expect(await names({ q: 'nobody-by-this-name' })).toEqual([]);
  });

  it('filters by channel, label and last seen; sorts by last seen, name and created', async () => {
    expect(new Set(await names({ channel: 'whatsapp' }))).toEqual(new Set([ids.anaWa, ids.dee]));
    expect(await names({ label: labelId })).toEqual([ids.ana]);
    expect(await names({ seen: '7d' })).toEqual([ids.ana, ids.anaWa]);
    expect(await names({ seen: '90d' })).toEqual([ids.ana, ids.anaWa, ids.bo]);
    expect(await names({ seen: 'over_90d' })).toEqual([ids.dee]);
    expect(await names({ seen: 'never' })).toEqual([ids.cy]);
    expect(await names({})).toEqual([ids.ana, ids.anaWa, ids.bo, ids.dee, ids.cy]);
    expect(await names({ sort: 'name' })).toEqual([ids.anaWa, ids.ana, ids.bo, ids.cy, ids.dee]);
  });

  it('pages with a keyset cursor through every sort without gaps or repeats; a forged cursor restarts', async () => {
    for (const sort of ['last_seen', 'name', 'created'] as const) {
      const all = await names({ sort });
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 10; i++) {
        const page = await listContacts({ ctx, filters: { sort, cursor }, pageSize: 2, now });
        seen.push(...page.contacts.map((c) => c.id));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect(seen, sort).toEqual(all);
    }
    expect((await listContacts({ ctx, filters: { cursor: 'not-a-cursor' }, pageSize: 2, now })).contacts).toHaveLength(2);
  });

  it("never lists, finds or counts workspace B's people", async () => {
    const listed = await names({ q: 'ana' });
    expect(listed).not.toContain(ids.bAna);
    expect(await names({}, otherCtx)).toEqual(expect.arrayContaining([ids.bAna, ids.bWa]));
    expect(await names({}, otherCtx)).not.toContain(ids.ana);
    await expect(getContactProfile({ ctx, contactId: ids.bAna })).rejects.toMatchObject({ code: 'not_found' });
    await expect(updateContact({ ctx, contactId: ids.bAna, fields: { name: 'Pwned' } })).rejects.toMatchObject({ code: 'not_found' });
    await expect(previewContactMerge({ ctx, targetContactId: ids.ana, sourceContactId: ids.bAna })).rejects.toMatchObject({ code: 'not_found' });
    await expect(mergeContacts({ ctx, targetContactId: ids.ana, sourceContactId: ids.bAna })).rejects.toMatchObject({ code: 'not_found' });
    expect(await db.contact.findUniqueOrThrow({ where: { id: ids.bAna } })).toMatchObject({ name: 'Ana Lima', displayName: null, mergedIntoId: null });
  });
});

describe('editing a contact', () => {
  it('saves fields and custom attributes of every type, rejects bad values, and drops values of a deleted field', async () => {
    await createContactAttribute({ ctx, key: 'plan', label: 'Plan', type: 'select', options: ['free', 'pro'] });
    await createContactAttribute({ ctx, key: 'orders', label: 'Orders', type: 'number', options: [] });
    await createContactAttribute({ ctx, key: 'birthday', label: 'Birthday', type: 'date', options: [] });
    const city = await createContactAttribute({ ctx, key: 'city', label: 'City', type: 'text', options: [] });
    await expect(createContactAttribute({ ctx, key: 'plan', label: 'Plan again', type: 'text', options: [] })).rejects.toMatchObject({ code: 'conflict' });
    await expect(createContactAttribute({ ctx: agentCtx, key: 'x', label: 'X', type: 'text', options: [] })).rejects.toMatchObject({ code: 'forbidden' });

    await updateContact({ ctx: agentCtx, contactId: ids.bo, fields: { name: 'Bo C.', email: 'bo@example.com', phone: '+15550009999', notes: 'Prefers mornings', attributes: { plan: 'pro', orders: '12', birthday: '1990-02-28', city: 'Porto' } } });
    const profile = (await getContactProfile({ ctx, contactId: ids.bo })) as ContactProfile;
    expect(profile.person).toMatchObject({ label: 'Bo C.', email: 'bo@example.com', phone: '+15550009999', notes: 'Prefers mornings' });
    expect(Object.fromEntries(profile.attributes.map((a) => [a.key, a.value]))).toEqual({ plan: 'pro', orders: 12, birthday: '1990-02-28', city: 'Porto' });

    await expect(updateContact({ ctx, contactId: ids.bo, fields: { attributes: { plan: 'gold', orders: 'many', birthday: '1990-02-30' } } })).rejects.toMatchObject({
      code: 'bad_request', details: { fieldErrors: { 'attr.plan': [expect.stringContaining('free, pro')], 'attr.orders': ['Orders: enter a number.'], 'attr.birthday': [expect.stringContaining('YYYY-MM-DD')] } },
    });
    await deleteContactAttribute({ ctx, attributeId: city.id });
    expect((await db.contact.findUniqueOrThrow({ where: { id: ids.bo } })).attributes).toEqual({ plan: 'pro', orders: 12, birthday: '1990-02-28' });
    // The webhook refreshing Meta's profile name never overwrites the operator's name.
    expect(await db.contact.findUniqueOrThrow({ where: { id: ids.bo }, select: { name: true, displayName: true } })).toEqual({ name: 'Bo Chen', displayName: 'Bo C.' });
  });
});

describe('merging people', () => {
  it('suggests people whose email or phone/WhatsApp number matches', async () => {
    const ws = ctx.workspace.id;
    const mail = await person(ms, { name: 'Mail twin', email: 'Twin@Example.com' });
    const mail2 = await person(ig, { name: 'Mail twin 2', email: 'twin@example.com' });
    expect((await findMergeSuggestions({ ctx, personId: mail.id })).map((s) => [s.id, s.reason])).toEqual([[mail2.id, 'email']]);
    // Ana's WhatsApp number typed on her Instagram contact.
    await db.contact.update({ where: { id: ids.ana, workspaceId: ws }, data: { phone: '+44 7700 900123' } });
    expect((await findMergeSuggestions({ ctx, personId: ids.ana })).map((s) => [s.id, s.reason])).toEqual([[ids.anaWa, 'phone']]);
    expect((await findMergeSuggestions({ ctx: otherCtx, personId: ids.bWa })).map((s) => s.id)).not.toContain(ids.ana);
  });

  it('previews, then merges keeping both identities and every conversation, with an audit entry', async () => {
    await db.contact.update({ where: { id: ids.anaWa }, data: { email: 'ana@example.com', notes: 'WA note', attributes: { plan: 'free' } } });
    await db.contact.update({ where: { id: ids.ana }, data: { notes: 'IG note', attributes: { plan: 'pro' } } });
    const conversationsBefore = await db.conversation.findMany({ where: { contactId: { in: [ids.ana, ids.anaWa] } }, select: { id: true, contactId: true }, orderBy: { id: 'asc' } });
    expect(conversationsBefore).toHaveLength(3);

    await expect(previewContactMerge({ ctx: agentCtx, targetContactId: ids.ana, sourceContactId: ids.anaWa })).rejects.toMatchObject({ code: 'forbidden' });
    const preview = await previewContactMerge({ ctx, targetContactId: ids.ana, sourceContactId: ids.anaWa });
    expect(preview).toMatchObject({ identities: 2, conversations: 3, result: { email: { value: 'ana@example.com', from: 'source' }, notes: 'IG note\n\nWA note', attributes: { plan: 'pro' }, droppedAttributes: ['plan'] } });
    expect(await db.contact.findUniqueOrThrow({ where: { id: ids.anaWa } })).toMatchObject({ mergedIntoId: null });

    await expect(mergeContacts({ ctx: agentCtx, targetContactId: ids.ana, sourceContactId: ids.anaWa })).rejects.toMatchObject({ code: 'forbidden' });
    await mergeContacts({ ctx, targetContactId: ids.ana, sourceContactId: ids.anaWa });
    // Both channel identities are still there, unchanged; every conversation still belongs to its identity.
    expect(await db.contact.findUniqueOrThrow({ where: { id: ids.anaWa } })).toMatchObject({ channelId: wa.id, externalId: '447700900123', mergedIntoId: ids.ana });
    expect(await db.conversation.findMany({ where: { contactId: { in: [ids.ana, ids.anaWa] } }, select: { id: true, contactId: true }, orderBy: { id: 'asc' } })).toEqual(conversationsBefore);
    const profile = (await getContactProfile({ ctx, contactId: ids.ana })) as ContactProfile;
    expect(profile.identities.map((i) => [i.id, i.channel.type, i.primary])).toEqual([[ids.ana, 'instagram', true], [ids.anaWa, 'whatsapp', false]]);
    expect(profile.conversations).toHaveLength(3);
    expect(profile.person).toMatchObject({ email: 'ana@example.com', notes: 'IG note\n\nWA note' });
    // The merged contact's page is the person's page; the list shows one row that any identity's details find.
    expect(await getContactProfile({ ctx, contactId: ids.anaWa })).toEqual({ redirectTo: ids.ana });
    expect(await names({ q: '447700900123' })).toEqual([ids.ana]);
    expect(await names({ channel: 'whatsapp' })).toContain(ids.ana);
    expect(await names({})).not.toContain(ids.anaWa);

    const audit = await db.auditLog.findFirstOrThrow({ where: { workspaceId: ctx.workspace.id, action: 'contact.merged' } });
    expect(audit).toMatchObject({ actorUserId: ctx.user.id, targetId: ids.ana, metadata: { sourceContactId: ids.anaWa, identitiesMoved: 1, conversations: 3, droppedFields: ['attr.plan'] } });
    expect(JSON.stringify(audit.metadata)).not.toContain('ana@example.com');

    // Merging again, either way round, is refused; a person merged into another carries its identities along.
    await expect(mergeContacts({ ctx, targetContactId: ids.anaWa, sourceContactId: ids.ana })).rejects.toMatchObject({ code: 'conflict' });
    const third = await person(ms, { name: 'Ana FB' });
    await mergeContacts({ ctx, targetContactId: third.id, sourceContactId: ids.anaWa });
    expect(await db.contact.findMany({ where: { mergedIntoId: third.id }, select: { id: true }, orderBy: { id: 'asc' } })).toEqual([{ id: ids.ana }, { id: ids.anaWa }].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.contact.count({ where: { mergedIntoId: ids.ana } })).toBe(0);
  });

  it('an erasure request by email deletes the person with every merged identity, in every workspace', async () => {
    const primary = await person(ig, { name: 'Erase me', email: 'erase.me@example.com' });
    const merged = await person(wa, { name: 'Erase me WA', externalId: '351930000000' });
    await mergeContacts({ ctx, targetContactId: primary.id, sourceContactId: merged.id });
    const bystander = await person(ig, { name: 'Keep me', email: 'keep@example.com' });
    // A proven request (main's privacy work refuses unconfirmed ones): the emailed link was followed.
    const request = await db.dataDeletionRequest.create({ data: { confirmationCode: randomBytes(8).toString('hex'), source: 'public_form', identifierType: 'email', identifier: 'Erase.Me@example.com', confirmedAt: new Date() } });
    await processDataDeletionRequest({ requestId: request.id });
    expect(await db.contact.count({ where: { id: { in: [primary.id, merged.id] } } })).toBe(0);
    expect(await db.conversation.count({ where: { contactId: { in: [primary.id, merged.id] } } })).toBe(0);
    expect(await db.contact.count({ where: { id: bystander.id } })).toBe(1);
  });

  it('a person\'s data export and delete contact cover the profile fields and every merged identity', async () => {
    const primary = await person(ig, { name: 'Export me', email: 'export.me@example.com', phone: '+447700900555' });
    const merged = await person(wa, { name: 'Export me WA', externalId: '351940000000' });
    await mergeContacts({ ctx, targetContactId: primary.id, sourceContactId: merged.id });
    await updateContact({ ctx, contactId: primary.id, fields: { name: 'Export Person', email: 'export.me@example.com', phone: '+447700900555', notes: 'likes blue', attributes: {} } });
    // Asked from either identity, the export is the person's.
    const data = JSON.parse((await exportContactData({ ctx, contactId: merged.id })).json);
    expect(data.contact).toMatchObject({ id: primary.id, displayName: 'Export Person', email: 'export.me@example.com', phone: '+447700900555', notes: 'likes blue', mergedIdentities: [{ id: merged.id, channel: 'whatsapp' }] });
    const expectedConversations = await db.conversation.count({ where: { contactId: { in: [primary.id, merged.id] } } });
    expect(expectedConversations).toBeGreaterThan(0);
    expect(data.conversations).toHaveLength(expectedConversations);

    await deleteContact({ ctx, contactId: primary.id });
    expect(await db.contact.count({ where: { id: { in: [primary.id, merged.id] } } })).toBe(0);
    expect(await db.conversation.count({ where: { contactId: { in: [primary.id, merged.id] } } })).toBe(0);
  });

  it('moves last seen forward on the identity and its person when a message arrives', async () => {
    const merged = await person(wa, { name: 'Eve WA', externalId: '351910000000' });
    const primary = await person(ig, { name: 'Eve' });
    await mergeContacts({ ctx, targetContactId: primary.id, sourceContactId: merged.id });
    const conversation = await db.conversation.findFirstOrThrow({ where: { contactId: merged.id } });
    const sentAt = new Date('2026-12-05T11:59:00.000Z');
    await storeMessage({ workspaceId: ctx.workspace.id, channelId: wa.id, conversationId: conversation.id, message: { externalId: `wamid.${randomBytes(6).toString('hex')}`, direction: 'inbound', sender: 'customer', kind: 'text', text: 'hi', sentAt, media: [] } as never });
    expect((await db.contact.findUniqueOrThrow({ where: { id: primary.id } })).lastSeenAt).toEqual(sentAt);
    expect((await db.contact.findUniqueOrThrow({ where: { id: merged.id } })).lastSeenAt).toEqual(sentAt);
  });
});
