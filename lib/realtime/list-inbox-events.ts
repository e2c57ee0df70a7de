// Reads the inbox log of one workspace after a cursor, oldest first. The workspace always comes
// from the caller's session, never from the request.
import { db } from '../db';
import type { InboxEvent } from './inbox-event-types';

export async function listInboxEventsAfter(options: { workspaceId: string; afterSeq: number; limit: number }): Promise<InboxEvent[]> {
  const rows = await db.inboxEvent.findMany({
    where: { workspaceId: options.workspaceId, seq: { gt: BigInt(options.afterSeq) } },
    orderBy: { seq: 'asc' },
    take: options.limit,
    select: { seq: true, type: true, conversationId: true, payload: true },
  });
  return rows.map((row) => ({ ...row, seq: Number(row.seq), type: row.type as InboxEvent['type'], payload: row.payload as InboxEvent['payload'] }));
}

/**
 * Where a stream should start, and whether the client missed events it can no longer get.
 * `lastEventId` null: a fresh connection, starting after the newest event. A resume needs a
 * resync when the gap is over `maxReplay` events, when events after it may have been swept by
 * retention, or when the id is ahead of the log (another database, or a reset).
 */
export async function resolveInboxCursor(options: { workspaceId: string; lastEventId: number | null; maxReplay: number }): Promise<{ cursor: number; resync: boolean }> {
  const [bounds] = await db.$queryRaw<{ oldest: bigint | null; newest: bigint | null; last: bigint }[]>`
    select (select min(seq) from "InboxEvent") as oldest,
           (select max(seq) from "InboxEvent" where "workspaceId" = ${options.workspaceId}::uuid) as newest,
           (select case when is_called then last_value else 0 end from "InboxEvent_seq_seq") as last`;
  const newest = Number(bounds?.newest ?? 0);
  const { lastEventId } = options;
  if (lastEventId === null) return { cursor: newest, resync: false };
  // Sweeping deletes the oldest rows, so everything below `oldest` may be gone (all of it when the table is empty).
  const oldestKept = bounds?.oldest != null ? Number(bounds.oldest) : Number(bounds?.last ?? 0) + 1;
  // 0 is a page rendered before the workspace had any event: everything of the workspace is
  // new to it. The sweep only removes rows a day old, older than any such page.
  const swept = lastEventId > 0 && lastEventId + 1 < oldestKept;
  const ahead = lastEventId > Number(bounds?.last ?? 0);
  if (swept || ahead) return { cursor: newest, resync: true };
  const [gap] = await db.$queryRaw<{ n: bigint }[]>`
    select count(*) as n from (
      select 1 from "InboxEvent" where "workspaceId" = ${options.workspaceId}::uuid and seq > ${lastEventId} limit ${options.maxReplay + 1}
    ) g`;
  if (Number(gap?.n ?? 0) > options.maxReplay) return { cursor: newest, resync: true };
  return { cursor: lastEventId, resync: false };
}
