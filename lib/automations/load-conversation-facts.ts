// Reads what the conditions need about one conversation, through the workspace-scoped client.
// Business hours come from the AI agent settings (one stored setting feeds both).
import { getAgentSettings } from '../agent/agent-settings';
import { isWithinBusinessHours } from '../agent/agent-settings.schema';
import type { ScopedDb } from '../workspaces/scoped-db';
import { listContactAttributes } from '../contacts/attributes/list-contact-attributes';
import { contactNameSelect } from '../contacts/contact-display-name';
import type { StoredAttributeValue } from './attribute-condition';
import type { ConversationFacts } from './evaluate-conditions';

export async function loadConversationFacts(options: { db: ScopedDb; workspaceId: string; conversationId: string; messageId?: string | null; now: Date }): Promise<(ConversationFacts & { status: string; handling: string; channelId: string; contactName: string | null }) | null> {
  const { db, conversationId } = options;
  const conversation = await db.conversation.findFirst({
    where: { id: conversationId },
    select: { assigneeId: true, status: true, handling: true, channelId: true, channel: { select: { type: true } }, contact: { select: { ...contactNameSelect, id: true, mergedIntoId: true, attributes: true } }, labels: { select: { labelId: true } } },
  });
  if (!conversation) return null;
  const message = await db.message.findFirst({
    where: options.messageId ? { id: options.messageId, conversationId } : { conversationId, direction: 'inbound', sender: 'customer' },
    orderBy: { sentAt: 'desc' },
    select: { text: true },
  });
  const { settings } = await getAgentSettings({ ctx: { db, workspace: { id: options.workspaceId } } });
  // Custom attributes live on the person's primary contact (merged identities point at it).
  const person = conversation.contact.mergedIntoId
    ? await db.contact.findFirst({ where: { id: conversation.contact.mergedIntoId }, select: { attributes: true } })
    : conversation.contact;
  const values = (person?.attributes ?? {}) as Record<string, StoredAttributeValue>;
  const definitions = await listContactAttributes({ ctx: { db } });
  return {
    channelType: conversation.channel.type,
    text: message?.text ?? '',
    labelIds: conversation.labels.map((l) => l.labelId),
    assigneeId: conversation.assigneeId,
    withinBusinessHours: isWithinBusinessHours(settings.businessHours, options.now),
    contactAttributes: Object.fromEntries(definitions.map((d) => [d.id, { type: d.type, value: values[d.key] }])),
    status: conversation.status,
    handling: conversation.handling,
    channelId: conversation.channelId,
    // {contact_name} in a template greets a person: their edited or profile name, never a handle or number.
    contactName: conversation.contact.mergedInto?.displayName ?? conversation.contact.displayName ?? conversation.contact.name ?? null,
  };
}
