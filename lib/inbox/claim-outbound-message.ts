// The send path's first read: the outbound message with what sending needs (its channel with the
// encrypted token, its conversation and contact) AND the claim that makes this worker the only
// one to call Meta for it — one statement (it was a read and a conditional update).
// The claim: pg-boss hands a job to one worker, but a job that expires while its worker is slow
// is handed out again; without it both workers would call Meta, and Meta's send APIs take no
// idempotency key. A claim older than SEND_CLAIM_TTL_MS belongs to a worker that died.
// Unscoped on purpose: the id comes from a job payload written by queueOutboundMessage, which
// created the row through the workspace-scoped client.
import type { ChannelStatus, ChannelType, ConversationKind, MessageDirection, MessageSender, MessageStatus } from '../generated/prisma/enums';
import { runPreparedSql } from '../run-prepared-query';

export const SEND_CLAIM_TTL_MS = 2 * 60_000;

export type ClaimedOutboundMessage = {
  id: string; workspaceId: string; channelId: string; direction: MessageDirection; status: MessageStatus; externalId: string | null; sender: MessageSender; details: unknown;
  channel: { id: string; type: ChannelType; status: ChannelStatus; externalId: string; phoneNumberId: string | null; accessTokenEnc: string | null };
  conversation: { id: string; kind: ConversationKind; lastInboundAt: Date | null; contact: { id: string; externalId: string; unreachable: boolean } };
};

// The claim applies only to a queued, unsent outbound message nobody (alive) claimed; the read
// shows the row as it was before it (one snapshot), so a message that is not queued any more
// still comes back — its caller skips it. Channel, conversation and contact are each read by
// primary key in their own subquery, the workspace compared as text so it stays a filter: as a
// prepared statement this runs on a generic plan, and joined (with the workspace indexable) that
// plan scanned whole tables — 200 ms per send at 1,200 conversations (bench:agent-loop --pg-stats).
const CLAIM_SQL = `
  with claimed as (
    update "Message" set "sendClaimedAt" = now(), "updatedAt" = now()
    where id = $1::uuid and direction = 'outbound' and status = 'queued' and "externalId" is null
      and ("sendClaimedAt" is null or "sendClaimedAt" < now() - ($2::int * interval '1 millisecond'))
    returning id
  )
  select m.id::text, m."workspaceId"::text, m."channelId"::text, m.direction::text, m.status::text, m."externalId", m.sender::text, m.details,
    (select json_build_object('id', ch.id, 'type', ch.type, 'status', ch.status, 'externalId', ch."externalId", 'phoneNumberId', ch."phoneNumberId", 'accessTokenEnc', ch."accessTokenEnc")
      from "Channel" ch where ch.id = m."channelId" and ch."workspaceId"::text = m."workspaceId"::text) as channel,
    (select json_build_object('id', c.id, 'kind', c.kind, 'lastInboundAt', c."lastInboundAt",
        'contact', (select json_build_object('id', k.id, 'externalId', k."externalId", 'unreachable', k.unreachable)
          from "Contact" k where k.id = c."contactId" and k."workspaceId"::text = m."workspaceId"::text))
      from "Conversation" c where c.id = m."conversationId" and c."workspaceId"::text = m."workspaceId"::text) as conversation,
    exists (select 1 from claimed) as claimed
  from "Message" m
  where m.id = $1::uuid`;

type Row = Omit<ClaimedOutboundMessage, 'conversation'> & { conversation: Omit<ClaimedOutboundMessage['conversation'], 'lastInboundAt'> & { lastInboundAt: string | null }; claimed: boolean };

export async function unsafeClaimOutboundMessage(messageId: string): Promise<{ message: ClaimedOutboundMessage; claimed: boolean } | null> {
  const [row] = await runPreparedSql<Row>(CLAIM_SQL, [messageId, SEND_CLAIM_TTL_MS]);
  if (!row) return null;
  const { claimed, conversation, ...message } = row;
  // JSON carries the timestamp as a string.
  return { claimed, message: { ...message, conversation: { ...conversation, lastInboundAt: conversation.lastInboundAt ? new Date(conversation.lastInboundAt) : null } } };
}
