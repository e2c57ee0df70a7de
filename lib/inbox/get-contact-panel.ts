// What the contact panel shows next to a conversation: the person, the channel identity they
// wrote from, and their other conversations on that channel (newest first).
import { listContactAttributes } from '../contacts/attributes/list-contact-attributes';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

export const PREVIOUS_CONVERSATIONS_SHOWN = 20;

export async function getContactPanel(options: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string }) {
  const { ctx, conversationId } = options;
  const conversation = await ctx.db.conversation.findFirst({
    where: { id: conversationId },
    select: {
      id: true,
      contact: {
        select: {
          id: true, externalId: true, name: true, username: true, avatarUrl: true, unreachable: true, createdAt: true, mergedIntoId: true,
          channel: { select: { id: true, type: true, name: true, displayPhone: true } },
        },
      },
    },
  });
  if (!conversation) throw new AppError('not_found', 'This conversation does not exist in this workspace, or you no longer have access to it.');
  const previous = await ctx.db.conversation.findMany({
    where: { contactId: conversation.contact.id, id: { not: conversation.id } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PREVIOUS_CONVERSATIONS_SHOWN + 1,
    select: { id: true, kind: true, status: true, createdAt: true, lastMessageAt: true, lastMessagePreview: true, postCaption: true },
  });
  // Person fields (name, email, phone, custom fields) live on the person's primary contact.
  const personId = conversation.contact.mergedIntoId ?? conversation.contact.id;
  const [person, definitions] = await Promise.all([
    ctx.db.contact.findFirst({ where: { id: personId }, select: { id: true, displayName: true, email: true, phone: true, attributes: true } }),
    listContactAttributes({ ctx }),
  ]);
  const values = (person?.attributes ?? {}) as Record<string, string | number | null>;
  return {
    contact: conversation.contact,
    person: {
      id: personId, displayName: person?.displayName ?? null, email: person?.email ?? null, phone: person?.phone ?? null,
      attributes: definitions.filter((d) => values[d.key] != null).map((d) => ({ key: d.key, label: d.label, value: String(values[d.key]) })),
    },
    previousConversations: previous.slice(0, PREVIOUS_CONVERSATIONS_SHOWN),
    morePrevious: previous.length > PREVIOUS_CONVERSATIONS_SHOWN,
  };
}

export type ContactPanelData = Awaited<ReturnType<typeof getContactPanel>>;
