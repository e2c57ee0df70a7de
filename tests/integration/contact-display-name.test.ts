// Issue 17: one display name everywhere. An operator's edit of a contact's name (stored as the
// person's displayName, on the primary contact) shows in the inbox list rows and the thread
// header — not Meta's profile name, which webhooks keep refreshing — and the inbox search finds it,
// for merged identities too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactDisplayName } from '@/lib/contacts/contact-display-name';
import { mergeContacts } from '@/lib/contacts/merge-contacts';
import { updateContact } from '@/lib/contacts/update-contact';
import { db } from '@/lib/db';
import { getConversationView } from '@/lib/inbox/get-conversation-view';
import { listConversations } from '@/lib/inbox/list-conversations';
import { createChannel, createConversation } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';
import type { WorkspaceContext } from '@/lib/workspaces/context';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let igConversation: string;
let waConversation: string;
let igContact: string;
let waContact: string;

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  const ig = await createChannel(ctx.workspace.id, 'instagram');
  const wa = await createChannel(ctx.workspace.id, 'whatsapp');
  ({ conversation: { id: igConversation }, contact: { id: igContact } } = await createConversation(ig, { contactExternalId: 'ig-9001' }));
  ({ conversation: { id: waConversation }, contact: { id: waContact } } = await createConversation(wa, { contactExternalId: '447700900123' }));
  await db.contact.update({ where: { id: igContact }, data: { name: 'ana.meta.profile', username: 'ana_ig' } });
  await db.contact.update({ where: { id: waContact }, data: { name: 'Ana WA Profile' } });
});

afterAll(async () => {
  await db.$disconnect();
});

const rowName = async (conversationId: string, q?: string) => {
  const { conversations } = await listConversations({ ctx, filters: q ? { q } : {} });
  const row = conversations.find((c) => c.id === conversationId);
  return row ? contactDisplayName(row.contact, row.channel.type) : null;
};

describe('contact display name (issue 17)', () => {
  it('editing the name shows in the inbox list row and the thread header instead of the profile name', async () => {
    expect(await rowName(igConversation)).toBe('ana.meta.profile');
    await updateContact({ ctx, contactId: igContact, fields: { name: 'Ana Lima' } });
    expect(await rowName(igConversation)).toBe('Ana Lima');
    const view = await getConversationView({ ctx, id: igConversation });
    expect(contactDisplayName(view.contact, view.channel.type)).toBe('Ana Lima');
  });

  it('the inbox search finds the edited name', async () => {
    expect(await rowName(igConversation, 'lima')).toBe('Ana Lima');
    expect(await rowName(igConversation, 'ana_ig')).toBe('Ana Lima');
    // Another workspace's search never sees it.
    const { conversations } = await listConversations({ ctx: otherCtx, filters: { q: 'lima' } });
    expect(conversations).toEqual([]);
  });

  it("a merged identity shows (and is found by) its person's edited name", async () => {
    await mergeContacts({ ctx, targetContactId: igContact, sourceContactId: waContact });
    expect(await rowName(waConversation)).toBe('Ana Lima');
    expect(await rowName(waConversation, 'lima')).toBe('Ana Lima');
    const view = await getConversationView({ ctx, id: waConversation });
    expect(contactDisplayName(view.contact, view.channel.type)).toBe('Ana Lima');
  });

  it('falls back to profile name, handle, number, then a channel label', () => {
    const base = { name: null, username: null, externalId: '1234567' };
    expect(contactDisplayName({ ...base, displayName: 'Edited', name: 'Profile' }, 'instagram')).toBe('Edited');
    expect(contactDisplayName({ ...base, name: 'Profile', username: 'h' }, 'instagram')).toBe('Profile');
    expect(contactDisplayName({ ...base, username: 'h' }, 'instagram')).toBe('@h');
    expect(contactDisplayName(base, 'whatsapp')).toBe('+1234567');
    expect(contactDisplayName({ ...base, phone: '+44 1' }, 'messenger')).toBe('+44 1');
    expect(contactDisplayName(base, 'messenger')).toBe('Messenger user 4567');
  });
});
