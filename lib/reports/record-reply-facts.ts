// Facts the reports read, recorded as replies happen (computing them from the message log on
// every report would read every message of the range; see docs/architecture.md "Reports").
// Guarded, so a retried send or a duplicate echo changes nothing.
import { Prisma } from '../generated/prisma/client';
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
  // The row's own old values decide (SET expressions read the row before the update); the
  // workspace compared as text stays a filter next to the primary key — with an indexable
  // workspace the plan walked the workspace's conversations (2 ms per reply and growing,
  // bench:agent-loop --pg-stats).
  const first = Prisma.sql`(c."firstResponseAt" is null and c."firstInboundAt" is not null and c."firstInboundAt" <= ${at})`;
  await db.$queryRaw`
    update "Conversation" c set
      "firstResponseAt" = case when ${first} then ${at} else c."firstResponseAt" end,
      "firstResponderId" = case when ${first} then ${responderId}::uuid else c."firstResponderId" end,
      "firstResponseSender" = case when ${first} then ${sender}::"MessageSender" else c."firstResponseSender" end,
      "humanInvolved" = c."humanInvolved" or ${human},
      "lastMessageAt" = case when ${lastMessage !== undefined} then ${lastMessage?.at ?? null}::timestamptz(3) else c."lastMessageAt" end,
      "lastMessagePreview" = case when ${lastMessage !== undefined} then ${lastMessage?.preview ?? null} else c."lastMessagePreview" end,
      "updatedAt" = now()
    where c.id = ${conversationId}::uuid and c."workspaceId"::text = ${workspaceId}
      and (${first} or (${human} and not c."humanInvolved") or ${lastMessage !== undefined})
    returning 1`;
}
