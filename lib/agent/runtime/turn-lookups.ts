// The two reads an agent turn starts from, each one statement written so its plan follows the
// conversation or the contact, never the size of the workspace (docs/benchmarks.md "AI loop",
// round 4). Without statistics (a fresh install, a table that grew since its last ANALYZE, a
// tenant far larger than the average) the planner takes "rows of this workspace" for a handful,
// and any index led by workspaceId looks perfect: it walked a workspace's every outbound or
// inbound message on each reply. So where a primary key, the conversation or the contact leads,
// the workspace check is written as a comparison no index can serve (`::text`): still checked on
// every row, never a reason to scan the workspace.
import { Prisma } from '../../generated/prisma/client';
import type { ChannelStatus, ChannelType, ConversationHandling, ConversationKind, ConversationStatus, MessageDirection, MessageKind, MessageSender } from '../../generated/prisma/enums';
import { db } from '../../db';

export type TurnStart = {
  workspace: { id: string; name: string; slug: string };
  settingsVersion: number;
  trigger: {
    id: string; direction: MessageDirection; sender: MessageSender; kind: MessageKind; text: string | null; sentAt: Date; externalId: string | null;
    conversation: {
      id: string; kind: ConversationKind; status: ConversationStatus; handling: ConversationHandling; contactId: string; channelId: string; lastInboundAt: Date | null;
      channel: { id: string; type: ChannelType; status: ChannelStatus; externalId: string };
    };
  } | null;
  /** The conversation's newest inbound customer message (the debounce answers only that one). */
  latestInboundId: string | null;
};

/**
 * Everything a turn starts from, in one round trip (it was four): the workspace with its current
 * settings version (the settings come from the per-version cache, lib/agent/agent-settings.ts),
 * the trigger message with its conversation and channel, and the conversation's newest inbound
 * customer message. Every table is read within the payload's workspace: a payload naming
 * workspace A with B's message id finds no trigger.
 */
export async function loadTurnStart(workspaceId: string, messageId: string): Promise<TurnStart | null> {
  const [row] = await db.$queryRaw<{ id: string; name: string; slug: string; settingsVersion: number; trigger: TurnStart['trigger']; latestInboundId: string | null }[]>(turnStartSql(workspaceId, messageId));
  if (!row) return null;
  // JSON carries timestamps as strings. A message whose conversation or channel is not in this
  // workspace is no trigger (the subqueries return null for them).
  const trigger = row.trigger?.conversation?.channel && {
    ...row.trigger,
    sentAt: new Date(row.trigger.sentAt),
    conversation: { ...row.trigger.conversation, lastInboundAt: row.trigger.conversation.lastInboundAt ? new Date(row.trigger.conversation.lastInboundAt) : null },
  };
  return { workspace: { id: row.id, name: row.name, slug: row.slug }, settingsVersion: row.settingsVersion, trigger: trigger || null, latestInboundId: row.latestInboundId };
}

/** The statement of loadTurnStart (exported for the plan test: tests/integration/turn-lookups.test.ts). */
export function turnStartSql(workspaceId: string, messageId: string): Prisma.Sql {
  return Prisma.sql`
    select w.id::text as id, w.name, w.slug,
      coalesce((select max(v.version) from "AgentSettingsVersion" v where v."workspaceId" = w.id), 0)::int as "settingsVersion",
      -- Message, then its conversation, then its channel, each by primary key in its own
      -- subquery (joined, the planner scanned every conversation of the workspace for the one).
      (select json_build_object(
          'id', m.id, 'direction', m.direction, 'sender', m.sender, 'kind', m.kind, 'text', m.text, 'sentAt', m."sentAt", 'externalId', m."externalId",
          'conversation', (select json_build_object(
              'id', c.id, 'kind', c.kind, 'status', c.status, 'handling', c.handling, 'contactId', c."contactId", 'channelId', c."channelId", 'lastInboundAt', c."lastInboundAt",
              'channel', (select json_build_object('id', ch.id, 'type', ch.type, 'status', ch.status, 'externalId', ch."externalId")
                from "Channel" ch where ch.id = c."channelId" and ch."workspaceId"::text = w.id::text))
            from "Conversation" c where c.id = m."conversationId" and c."workspaceId"::text = w.id::text))
        from "Message" m
        where m.id = ${messageId}::uuid and m."workspaceId" = w.id) as trigger,
      -- Direction and sender compared as text: that keeps the workspace's partial "inbound"
      -- report index out of reach, which the planner walked backwards for the whole workspace
      -- with statistics from when the table was small (a scan growing with the workspace on
      -- every reply); this way it is the conversation's own index.
      (select l.id::text from "Message" m cross join lateral (
          select l.id from "Message" l
          where l."workspaceId" = w.id and l."conversationId" = m."conversationId" and l.direction::text = 'inbound' and l.sender::text = 'customer'
          order by l."sentAt" desc, l.id desc limit 1) l
        where m.id = ${messageId}::uuid and m."workspaceId" = w.id) as "latestInboundId"
    from "Workspace" w where w.id = ${workspaceId}::uuid`;
}

/**
 * First contact ever: nobody from the business has written to this person, on any conversation,
 * and the agent never answered them before. (The trigger may be the 2nd message of a first burst:
 * the debounce answers the newest one, and it still gets the intro.)
 */
export async function isFirstContact(workspaceId: string, contactId: string, triggerId: string): Promise<boolean> {
  const [row] = await db.$queryRaw<{ first: boolean }[]>(firstContactSql(workspaceId, contactId, triggerId));
  return row?.first ?? true;
}

/** The statement of isFirstContact (exported for the plan test). */
export function firstContactSql(workspaceId: string, contactId: string, triggerId: string): Prisma.Sql {
  // One statement (it was three round trips), every table scoped to the workspace. Walked from
  // the contact's few conversations, each probed through its own index (LATERAL … LIMIT 1). The
  // workspace on Conversation and AgentRun, and the direction on Message, are compared as text so
  // they stay filters: indexable, the planner used them to walk a workspace-wide index instead
  // (every outbound message of the workspace: 24 ms per reply at 1,300 conversations in
  // bench:agent-loop --pg-stats, 321,600 rows read in tests/integration/turn-lookups.test.ts).
  return Prisma.sql`
    with conversations as materialized (
      select c.id from "Conversation" c
      where c."contactId" = ${contactId}::uuid and c."workspaceId"::text = ${workspaceId}
    )
    select not exists (
        select 1 from conversations c cross join lateral (
          select 1 from "Message" m
          where m."workspaceId" = ${workspaceId}::uuid and m."conversationId" = c.id and m.direction::text = 'outbound' limit 1
        ) written
      ) and not exists (
        select 1 from conversations c cross join lateral (
          select 1 from "AgentRun" r
          where r."conversationId" = c.id and r."workspaceId"::text = ${workspaceId}
            and r."triggerMessageId" <> ${triggerId}::uuid and r.status in ('drafted', 'sent', 'handed_off') limit 1
        ) answered
      ) as first`;
}
