// Appends one event to the inbox log and wakes the streams. The log (InboxEvent, `seq` = SSE
// event id) is the source of truth; NOTIFY only says "workspace X has rows after seq N", so a
// lost or coalesced notification costs nothing: streams read the log.
import { db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { PREVIEW_MAX_CHARS, type InboxEventPayload, type InboxEventType } from './inbox-event-types';

/** Anything with Prisma's raw query method: `db`, a transaction client or a scoped client. */
export type SqlClient = { $queryRaw: typeof db.$queryRaw };

export type RecordInboxEventOptions = {
  workspaceId: string;
  conversationId?: string | null;
  type: InboxEventType;
  payload?: InboxEventPayload;
};

export async function recordInboxEvent(options: RecordInboxEventOptions, client: SqlClient = db): Promise<{ seq: number }> {
  const { workspaceId, type } = options;
  const payload: InboxEventPayload = { ...options.payload };
  if (typeof payload.preview === 'string') payload.preview = payload.preview.slice(0, PREVIEW_MAX_CHARS);
  const withUnread = type === 'conversation.updated' || type === 'message.created';
  // The advisory lock (held to commit) makes seq order equal commit order within a workspace:
  // without it a reader could see seq 11 committed, move its cursor past 10, and then never see
  // 10 when its slower transaction commits. Readers only ever read one workspace, so a
  // per-workspace lock is enough. NOTIFY is sent at commit, after the row is visible.
  const rows = await client.$queryRaw<{ seq: bigint }[]>`
    with lock as (select pg_advisory_xact_lock(hashtextextended(${`inbox-event:${workspaceId}`}, 0))),
    inserted as (
      insert into "InboxEvent" ("workspaceId", "conversationId", "type", "payload")
      select ${workspaceId}::uuid, ${options.conversationId ?? null}::uuid, ${type},
        case when ${withUnread} then jsonb_set(${JSON.stringify(payload)}::jsonb, '{unreadTotal}', to_jsonb((${UNREAD_TOTAL_SQL(workspaceId)})))
             else ${JSON.stringify(payload)}::jsonb end
      from lock
      returning seq
    )
    select seq, pg_notify('inbox', json_build_object('workspaceId', ${workspaceId}::text, 'seq', seq)::text)::text as notified from inserted`;
  return { seq: Number(rows[0]!.seq) };
}

/**
 * The workspace's unread total over its open conversations: one primary-key read of the counter
 * the database keeps at commit for every change of a conversation's unreadCount or status
 * (triggers of migration 20261205230448_workspace_inbox_counter), instead of summing every open
 * conversation on every event. Read in the insert's own statement after the advisory lock, so
 * events of a workspace carry totals in commit order.
 */
function UNREAD_TOTAL_SQL(workspaceId: string) {
  return Prisma.sql`select coalesce((select "unreadOpen" from "WorkspaceInboxCounter" where "workspaceId" = ${workspaceId}::uuid), 0)`;
}
