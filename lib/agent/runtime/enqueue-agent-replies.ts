// The trigger: after the webhook worker stored an event, one agent-reply job per newly inserted
// inbound customer message. Debounced: the job starts AGENT_DEBOUNCE_MS later and answers only if
// its message is still the conversation's newest inbound one, so a burst gets one reply.
import { env } from '../../env';
import { enqueue } from '../../jobs/enqueue';

/** `messageIds`: inserted inbound customer messages (storeNormalisedEvent's insertedCustomerMessageIds). */
export async function enqueueAgentReplies(options: { workspaceId: string; messageIds: readonly string[] }): Promise<number> {
  const delayMs = env().AGENT_DEBOUNCE_MS;
  for (const messageId of options.messageIds) {
    await enqueue('agent-reply', { workspaceId: options.workspaceId, messageId }, {
      singletonKey: messageId,
      ...(delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {}),
    });
  }
  return options.messageIds.length;
}
