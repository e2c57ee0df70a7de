// The trigger: after the webhook worker stored an event, one agent-reply job per newly inserted
// inbound customer message. Debounced: the job starts AGENT_DEBOUNCE_MS later and answers only if
// its message is still the conversation's newest inbound one, so a burst gets one reply.
import { db } from '../../db';
import { env } from '../../env';
import { enqueue } from '../../jobs/enqueue';

export async function enqueueAgentReplies(options: { workspaceId: string; insertedMessageIds: string[] }): Promise<number> {
  if (!options.insertedMessageIds.length) return 0;
  const inbound = await db.message.findMany({
    where: { workspaceId: options.workspaceId, id: { in: options.insertedMessageIds }, direction: 'inbound', sender: 'customer' },
    select: { id: true },
  });
  const delayMs = env().AGENT_DEBOUNCE_MS;
  for (const message of inbound) {
    await enqueue('agent-reply', { workspaceId: options.workspaceId, messageId: message.id }, {
      singletonKey: message.id,
      ...(delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {}),
    });
  }
  return inbound.length;
}
