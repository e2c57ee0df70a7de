// Counts for the inbox's quick filters, in one grouped query over the workspace's
// conversations (grouped by channel; the totals are sums of the groups).
import { historyVisibleSince } from '../billing/history-visibility';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { pendingDraftSql } from './list-conversations';

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

type Row = { channelId: string; open: number; mine: number; unassigned: number; needsHuman: number; draftWaiting: number; unread: number };

export async function countConversationsByFilter(options: { ctx: WorkspaceContext }): Promise<ConversationCounts> {
  const { ctx } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  // Counts match the list: conversations the plan's history hides are not counted.
  const visibleSince = (await historyVisibleSince({ workspaceId: ctx.workspace.id })) ?? new Date(0);
  const rows = await ctx.db.$queryRaw<Row[]>`
    select c."channelId",
           (count(*) filter (where c.status = 'open'))::int as open,
           (count(*) filter (where c.status = 'open' and c."assigneeId" = ${ctx.user.id}::uuid))::int as mine,
           (count(*) filter (where c.status = 'open' and c."assigneeId" is null))::int as unassigned,
           (count(*) filter (where c.status = 'open' and c."needsHuman"))::int as "needsHuman",
           (count(*) filter (where c.status = 'open' and ${pendingDraftSql(ctx.workspace.id)}))::int as "draftWaiting",
           (count(*) filter (where c.status <> 'closed' and c."unreadCount" > 0))::int as unread
      from "Conversation" c
     where c."workspaceId" = ${ctx.workspace.id}::uuid and c."lastMessageAt" >= ${visibleSince}::timestamptz
     group by c."channelId"`;
  const counts: ConversationCounts = { open: 0, mine: 0, unassigned: 0, needsHuman: 0, draftWaiting: 0, unread: 0, byChannel: {} };
  for (const row of rows) {
    counts.open += row.open;
    counts.mine += row.mine;
    counts.unassigned += row.unassigned;
    counts.needsHuman += row.needsHuman;
    counts.draftWaiting += row.draftWaiting;
    counts.unread += row.unread;
    counts.byChannel[row.channelId] = row.open;
  }
  return counts;
}
