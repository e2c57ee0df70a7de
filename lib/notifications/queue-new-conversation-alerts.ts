import { db } from '../db';
import { excerpt } from './queue-mention-alerts';

/**
 * Outbox rows for members who want new-conversation alerts. Called by the webhook worker when
 * an inbound message opened a conversation; the conversation id makes a re-run harmless.
 */
export async function queueNewConversationAlerts(options: { workspaceId: string; conversationId: string; preview: string | null }): Promise<number> {
  // Who wants the alert, and whether a run before this one queued it, in one round trip (this
  // runs for every new conversation in the webhook worker).
  const members = await db.$queryRaw<{ userId: string; already: boolean }[]>`
    select m."userId"::text as "userId", exists (
        select 1 from "NotificationOutbox" o
        where o."workspaceId" = ${options.workspaceId}::uuid and o."conversationId" = ${options.conversationId}::uuid and o.kind = 'new_conversation'
      ) as already
    from "Membership" m where m."workspaceId" = ${options.workspaceId}::uuid and m."notifyNewConversations"`;
  if (!members.length || members[0]!.already) return 0;
  const summary = options.preview ? excerpt(options.preview) : '(no text)';
  const result = await db.notificationOutbox.createMany({
    data: members.map((m) => ({ workspaceId: options.workspaceId, userId: m.userId, kind: 'new_conversation', conversationId: options.conversationId, summary })),
  });
  return result.count;
}
