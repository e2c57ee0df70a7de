// After the webhook worker stored a unit: `conversation_created` for conversations it opened and
// `message_received` for each customer message (echoes and our own sends never count).
import { db } from '../db';
import { queueAutomationEvent } from './queue-automation-event';

export async function queueInboundAutomationEvents(options: { workspaceId: string; createdConversationIds: string[]; messageIds: string[] }): Promise<void> {
  const { workspaceId } = options;
  for (const conversationId of options.createdConversationIds) {
    await queueAutomationEvent({ workspaceId, trigger: 'conversation_created', conversationId, eventKey: `conversation_created:${conversationId}` });
  }
  if (!options.messageIds.length) return;
  const inbound = await db.message.findMany({
    where: { workspaceId, id: { in: options.messageIds }, direction: 'inbound', sender: 'customer' },
    select: { id: true, conversationId: true },
    orderBy: { sentAt: 'asc' },
  });
  for (const message of inbound) {
    await queueAutomationEvent({ workspaceId, trigger: 'message_received', conversationId: message.conversationId, messageId: message.id, eventKey: `message_received:${message.id}` });
  }
}
