// After the webhook worker stored a unit: `conversation_created` for conversations it opened and
// `message_received` for each customer message (echoes and our own sends never count).
import { db } from '../db';
import { queueAutomationEvent } from './queue-automation-event';

export async function queueInboundAutomationEvents(options: { workspaceId: string; createdConversationIds: string[]; messageIds: string[] }): Promise<void> {
  const { workspaceId } = options;
  if (!options.createdConversationIds.length && !options.messageIds.length) return;
  // One look first: most workspaces have no rule for these triggers and no away message, and then
  // nothing below can queue anything (queueAutomationEvent checks again when something might).
  const [could] = await db.$queryRaw<{ created: boolean; received: boolean }[]>`
    select
      exists (select 1 from "AutomationRule" where "workspaceId" = ${workspaceId}::uuid and trigger = 'conversation_created' and enabled) as created,
      exists (select 1 from "AutomationRule" where "workspaceId" = ${workspaceId}::uuid and trigger = 'message_received' and enabled)
        or coalesce((select "awayMessageEnabled" from "Workspace" where id = ${workspaceId}::uuid), false) as received`;
  if (!could?.created && !could?.received) return;
  for (const conversationId of could.created ? options.createdConversationIds : []) {
    await queueAutomationEvent({ workspaceId, trigger: 'conversation_created', conversationId, eventKey: `conversation_created:${conversationId}` });
  }
  if (!options.messageIds.length || !could.received) return;
  const inbound = await db.message.findMany({
    where: { workspaceId, id: { in: options.messageIds }, direction: 'inbound', sender: 'customer' },
    select: { id: true, conversationId: true },
    orderBy: { sentAt: 'asc' },
  });
  for (const message of inbound) {
    await queueAutomationEvent({ workspaceId, trigger: 'message_received', conversationId: message.conversationId, messageId: message.id, eventKey: `message_received:${message.id}` });
  }
}
