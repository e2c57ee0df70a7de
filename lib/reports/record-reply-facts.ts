// Facts the reports read, recorded as replies happen (computing them from the message log on
// every report would read every message of the range; see docs/architecture.md "Reports").
// Guarded, so a retried send or a duplicate echo changes nothing.
import type { MessageSender } from '../generated/prisma/enums';
import type { SqlClient } from '../realtime/record-inbox-event';

/**
 * One statement on the conversation row: the first response (the first reply after the customer
 * wrote — a conversation the business opened, a template to a contact who never wrote, has no
 * first response to time), "a person was involved" (a reply from Relaydesk's composer or Meta's
 * own app: not "resolved by AI"), and with `lastMessage` the list's last-message fields, so the
 * send path writes the row once.
 */
export async function recordReplyFacts(
  db: SqlClient,
  options: { workspaceId: string; conversationId: string; sender: MessageSender; authorUserId: string | null; at: Date; lastMessage?: { at: Date; preview: string | null } },
): Promise<void> {
  const { workspaceId, conversationId, sender, authorUserId, at, lastMessage } = options;
  const human = sender === 'operator' || sender === 'native_app';
  const responderId = sender === 'operator' ? authorUserId : null;
  await db.$queryRaw`
    update "Conversation" c set
      "firstResponseAt" = case when f.first then ${at} else c."firstResponseAt" end,
      "firstResponderId" = case when f.first then ${responderId}::uuid else c."firstResponderId" end,
      "firstResponseSender" = case when f.first then ${sender}::"MessageSender" else c."firstResponseSender" end,
      "humanInvolved" = c."humanInvolved" or ${human},
      "lastMessageAt" = case when ${lastMessage !== undefined} then ${lastMessage?.at ?? null}::timestamptz(3) else c."lastMessageAt" end,
      "lastMessagePreview" = case when ${lastMessage !== undefined} then ${lastMessage?.preview ?? null} else c."lastMessagePreview" end,
      "updatedAt" = now()
    from (select c2.id, c2."firstResponseAt" is null and c2."firstInboundAt" is not null and c2."firstInboundAt" <= ${at} as first
          from "Conversation" c2 where c2.id = ${conversationId}::uuid and c2."workspaceId" = ${workspaceId}::uuid) f
    where c.id = f.id and (f.first or (${human} and not c."humanInvolved") or ${lastMessage !== undefined})
    returning 1`;
}
