// Counts for the inbox's quick filters and the tab title, in one statement. The inbox page runs
// it on every render (and every live refresh), so it must not grow with the workspace's history:
// - open conversations are grouped by (channel, assignee, needs-human) straight from the covering
//   inbox-order index (an index-only scan, no table rows), and "mine" is read off the groups;
// - pending drafts come from their partial index (manual_ReplyDraft_pending_idx), not from a
//   check per open conversation;
// - unread reads only the not-closed conversations (index range on workspaceId, status).
// Counts match the list: conversations the plan's history hides (lastMessageAt, also in the
// index) are not counted.
import { historyVisibleSince } from '../billing/history-visibility';
import { Prisma } from '../generated/prisma/client';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

export type ConversationCounts = {
  open: number;
  mine: number;
  unassigned: number;
  needsHuman: number;
  /** Open conversations with a pending AI draft ("AI draft waiting"). */
  draftWaiting: number;
  /** Conversations that are not closed and have unread customer messages: the tab title's N. */
  unread: number;
  /** Open conversations per channel id. */
  byChannel: Record<string, number>;
};

type Row = { channelId: string | null; assigneeId: string | null; needsHuman: boolean | null; n: number | null; unread: number; draftWaiting: number };

/**
 * The one statement (exported for the benchmark's EXPLAIN). `visibleSince`: the plan's history
 * cutoff (lib/billing/history-visibility.ts), null when the plan shows all history.
 */
export function conversationCountsSql(workspaceId: string, visibleSince: Date | null = null): Prisma.Sql {
  const ws = workspaceId;
  const visible = visibleSince ? Prisma.sql`and c."lastMessageAt" >= ${visibleSince}::timestamptz` : Prisma.empty;
  // The totals ride on every group row (and on one row of nulls when nothing is open).
  return Prisma.sql`
    with open_groups as (
      select c."channelId", c."assigneeId", c."needsHuman", count(*)::int as n
        from "Conversation" c
       where c."workspaceId" = ${ws}::uuid and c.status = 'open' ${visible}
       group by 1, 2, 3
    ), totals as (
      select (select count(*)::int from "Conversation" c
               where c."workspaceId" = ${ws}::uuid and c.status in ('open', 'pending', 'snoozed') and c."unreadCount" > 0 ${visible}) as unread,
             (select count(distinct rd."conversationId")::int from "ReplyDraft" rd
                join "Conversation" c on c.id = rd."conversationId" and c."workspaceId" = ${ws}::uuid and c.status = 'open' ${visible}
               where rd."workspaceId" = ${ws}::uuid and rd.status = 'pending') as "draftWaiting"
    )
    select g."channelId", g."assigneeId", g."needsHuman", g.n, t.unread, t."draftWaiting"
      from totals t left join open_groups g on true`;
}

export async function countConversationsByFilter(options: { ctx: WorkspaceContext }): Promise<ConversationCounts> {
  const { ctx } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const visibleSince = await historyVisibleSince({ workspaceId: ctx.workspace.id });
  const rows = await ctx.db.$queryRaw<Row[]>(conversationCountsSql(ctx.workspace.id, visibleSince));
  const counts: ConversationCounts = { open: 0, mine: 0, unassigned: 0, needsHuman: 0, draftWaiting: rows[0]?.draftWaiting ?? 0, unread: rows[0]?.unread ?? 0, byChannel: {} };
  for (const row of rows) {
    if (!row.channelId || !row.n) continue;
    counts.open += row.n;
    if (row.assigneeId === ctx.user.id) counts.mine += row.n;
    if (row.assigneeId === null) counts.unassigned += row.n;
    if (row.needsHuman) counts.needsHuman += row.n;
    counts.byChannel[row.channelId] = (counts.byChannel[row.channelId] ?? 0) + row.n;
  }
  return counts;
}
