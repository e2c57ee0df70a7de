// What merging two people would do, shown before anything changes: both sides' identities and
// conversation counts, which field values are kept, and which ones are dropped.
import type { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { contactDisplayName } from './contact-display-name';
import { resolvePersonId } from './get-contact-profile';
import { mergePersonFields, type PersonFields } from './merge-fields';

/** Reads through `client` (the scoped client, or the merge's transaction) and names the workspace in every filter itself. */
type Reader = Pick<Prisma.TransactionClient, 'contact' | 'conversation'>;

export async function loadPersonForMerge(client: Reader, workspaceId: string, personId: string) {
  const person = await client.contact.findFirstOrThrow({
    where: { id: personId, workspaceId },
    select: { id: true, displayName: true, name: true, username: true, externalId: true, email: true, phone: true, notes: true, attributes: true, lastSeenAt: true, channel: { select: { type: true } } },
  });
  const identities = await client.contact.findMany({
    where: { workspaceId, OR: [{ id: personId }, { mergedIntoId: personId }] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { id: true, externalId: true, username: true, name: true, channel: { select: { type: true, name: true } } },
  });
  const conversations = await client.conversation.count({ where: { workspaceId, contactId: { in: identities.map((i) => i.id) } } });
  const fields: PersonFields = { displayName: person.displayName, email: person.email, phone: person.phone, notes: person.notes, attributes: (person.attributes ?? {}) as Record<string, unknown> };
  return { id: person.id, label: contactDisplayName(person, person.channel.type), lastSeenAt: person.lastSeenAt, identities, conversations, fields };
}

export async function previewContactMerge(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; targetContactId: string; sourceContactId: string }) {
  const { ctx } = options;
  assertCan(ctx, 'contacts.merge');
  const targetId = await resolvePersonId({ ctx, contactId: options.targetContactId });
  const sourceId = await resolvePersonId({ ctx, contactId: options.sourceContactId });
  if (targetId === sourceId) throw new AppError('conflict', 'These contacts are already the same person.');
  const reader = ctx.db as unknown as Reader;
  const target = await loadPersonForMerge(reader, ctx.workspace.id, targetId);
  const source = await loadPersonForMerge(reader, ctx.workspace.id, sourceId);
  return { target, source, result: mergePersonFields(target.fields, source.fields), identities: target.identities.length + source.identities.length, conversations: target.conversations + source.conversations };
}

export type ContactMergePreview = Awaited<ReturnType<typeof previewContactMerge>>;
