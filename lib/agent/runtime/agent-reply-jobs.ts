// The trigger: after the webhook worker stored an event, one agent-reply job per newly inserted
// inbound customer message. Debounced: the job starts AGENT_DEBOUNCE_MS later and answers only if
// its message is still the conversation's newest inbound one, so a burst gets one reply.
// The jobs are written by the webhook worker in the statement that marks its event processed
// (lib/meta/webhooks/mark-event-processed.ts): both commit, or neither.
import { env } from '../../env';
import type { JobRequest } from '../../jobs/enqueue';

/** `messageIds`: inserted inbound customer messages (storeNormalisedEvent's insertedCustomerMessageIds). */
export function agentReplyJobs(options: { workspaceId: string; messageIds: readonly string[] }): JobRequest[] {
  const delayMs = env().AGENT_DEBOUNCE_MS;
  return options.messageIds.map((messageId) => ({
    name: 'agent-reply' as const,
    payload: { workspaceId: options.workspaceId, messageId },
    options: { singletonKey: messageId, ...(delayMs > 0 ? { startAfter: new Date(Date.now() + delayMs) } : {}) },
  }));
}
