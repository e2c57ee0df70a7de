// The contact page: one person (a primary contact), every channel identity merged into it, all
// their conversations across channels, and the workspace's custom fields with their values.
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { listContactAttributes } from './attributes/list-contact-attributes';
import { contactDisplayName } from './contact-display-name';

export const CONTACT_CONVERSATIONS_SHOWN = 100;

const notFound = () => new AppError('not_found', 'This contact does not exist in this workspace, or it was deleted.');

/** The primary contact id of `contactId`'s person (itself unless it was merged into another). */
export async function resolvePersonId(options: { ctx: Pick<WorkspaceContext, 'db'>; contactId: string }): Promise<string> {
  const contact = await options.ctx.db.contact.findFirst({ where: { id: options.contactId }, select: { id: true, mergedIntoId: true } });
  if (!contact) throw notFound();
  return contact.mergedIntoId ?? contact.id;
}

const identitySelect = {
  id: true, externalId: true, name: true, username: true, avatarUrl: true, unreachable: true, createdAt: true, mergedAt: true, lastSeenAt: true,
  channel: { select: { id: true, type: true, name: true } },
} as const;

export async function getContactProfile(options: { ctx: Pick<WorkspaceContext, 'db' | 'can'>; contactId: string }) {
  const { ctx } = options;
  assertCan(ctx, 'contacts.view');
  const person = await ctx.db.contact.findFirst({
    where: { id: options.contactId },
    select: { ...identitySelect, mergedIntoId: true, displayName: true, email: true, phone: true, notes: true, attributes: true, updatedAt: true },
  });
  if (!person) throw notFound();
  // A merged contact's page is its person's page; the caller redirects.
  if (person.mergedIntoId) return { redirectTo: person.mergedIntoId } as const;
  const merged = await ctx.db.contact.findMany({ where: { mergedIntoId: person.id }, orderBy: [{ mergedAt: 'asc' }, { id: 'asc' }], select: identitySelect });
  const identities = [person, ...merged];
  const conversations = await ctx.db.conversation.findMany({
    where: { contactId: { in: identities.map((i) => i.id) } },
    orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }],
    take: CONTACT_CONVERSATIONS_SHOWN + 1,
    select: { id: true, kind: true, status: true, lastMessageAt: true, lastMessagePreview: true, postCaption: true, contactId: true, channel: { select: { type: true, name: true } } },
  });
  const attributes = await listContactAttributes({ ctx });
  const values = (person.attributes ?? {}) as Record<string, string | number | null>;
  return {
    person: {
      id: person.id, label: contactDisplayName(person, person.channel.type), displayName: person.displayName, email: person.email, phone: person.phone, notes: person.notes,
      avatarUrl: person.avatarUrl, lastSeenAt: person.lastSeenAt, createdAt: person.createdAt, updatedAt: person.updatedAt,
    },
    identities: identities.map((identity) => ({ id: identity.id, externalId: identity.externalId, name: identity.name, username: identity.username, avatarUrl: identity.avatarUrl, unreachable: identity.unreachable, createdAt: identity.createdAt, mergedAt: identity.mergedAt, channel: identity.channel, primary: identity.id === person.id })),
    conversations: conversations.slice(0, CONTACT_CONVERSATIONS_SHOWN),
    moreConversations: conversations.length > CONTACT_CONVERSATIONS_SHOWN,
    attributes: attributes.map((a) => ({ ...a, value: values[a.key] ?? null })),
  } as const;
}

export type ContactProfile = Exclude<Awaited<ReturnType<typeof getContactProfile>>, { redirectTo: string }>;
