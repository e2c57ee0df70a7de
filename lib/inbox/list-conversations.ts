// The inbox list: one keyset-paginated page of conversations for the current filters, with
// its display fields, in one statement (a search: one, or two or three for very common terms).
// Raw SQL because the row-value keyset comparison and full-text search
// are not expressible through Prisma's query API; every clause is bound to the workspace.
import { Prisma } from '../generated/prisma/client';
import { historyVisibleSince } from '../billing/history-visibility';
import { runPreparedQuery } from '../run-prepared-query';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { decodeConversationCursor, encodeConversationCursor } from './conversation-cursor';
import { channelTypes, type ConversationFilters } from './conversation-filters.schema';
import { conversationListRowsSql, toConversationListItem, type ConversationListItem, type ConversationListRow } from './conversation-list-rows';
import { conversationMatchesSql, matchedConversationSql, searchMatchCtesSql, searchMatchesCappedSql } from './conversation-search-sql';
import { buildSearchTsquery } from './search-tsquery';

export type { ConversationListItem } from './conversation-list-rows';

export const CONVERSATION_PAGE_SIZE = 50;

/**
 * How many conversations, in inbox order, the walk plan checks one by one for a common term.
 * A term in ≥ ~25 % of conversations fills a page within them; each check recomputes the
 * conversation's text vectors, so the walk is bounded (~10 ms for 10-message threads).
 */
export const SEARCH_WALK_LIMIT = 200;

/**
 * The WHERE clause of every list query (filters other than the search): always workspace-bound.
 * `visibleSince`: the plan's history cutoff (null = all history).
 */
export function conversationFilterSql(ctx: WorkspaceContext, filters: Partial<ConversationFilters>, visibleSince: Date | null = null): Prisma.Sql {
  const ws = ctx.workspace.id;
  const parts: Prisma.Sql[] = [Prisma.sql`c."workspaceId" = ${ws}::uuid`];
  // The plan's conversation history (lib/billing/history-visibility.ts): older ones are hidden, not deleted.
  if (visibleSince) parts.push(Prisma.sql`c."lastMessageAt" >= ${visibleSince}::timestamptz`);
  parts.push(Prisma.sql`c.status = ${filters.status ?? 'open'}::"ConversationStatus"`);
  if (filters.channel) {
    parts.push(
      (channelTypes as readonly string[]).includes(filters.channel)
        ? Prisma.sql`c."channelId" in (select ch.id from "Channel" ch where ch."workspaceId" = ${ws}::uuid and ch.type = ${filters.channel}::"ChannelType")`
        : Prisma.sql`c."channelId" = ${filters.channel}::uuid`,
    );
  }
  const assignee = filters.assignee ?? 'anyone';
  if (assignee === 'me') parts.push(Prisma.sql`c."assigneeId" = ${ctx.user.id}::uuid`);
  else if (assignee === 'unassigned') parts.push(Prisma.sql`c."assigneeId" is null`);
  else if (assignee !== 'anyone') parts.push(Prisma.sql`c."assigneeId" = ${assignee}::uuid`);
  if (filters.handling === 'draft_waiting') parts.push(pendingDraftSql(ws));
  else if (filters.handling) parts.push(Prisma.sql`c.handling = ${filters.handling}::"ConversationHandling"`);
  if (filters.needsHuman) parts.push(Prisma.sql`c."needsHuman"`);
  if (filters.label) {
    parts.push(Prisma.sql`exists (select 1 from "ConversationLabel" cl where cl."workspaceId" = ${ws}::uuid and cl."conversationId" = c.id and cl."labelId" = ${filters.label}::uuid)`);
  }
  return Prisma.join(parts, ' and ');
}

/** "AI draft waiting": the conversation has a pending draft (partial index manual_ReplyDraft_pending_idx). */
export function pendingDraftSql(workspaceId: string): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "ReplyDraft" rd where rd."workspaceId" = ${workspaceId}::uuid and rd."conversationId" = c.id and rd.status = 'pending')`;
}

const inboxOrder = Prisma.sql`order by c."needsHuman" desc, c."lastMessageAt" desc, c.id desc`;

function keysetSql(cursor: string | undefined): Prisma.Sql {
  const after = decodeConversationCursor(cursor);
  return after
    ? Prisma.sql`and (c."needsHuman", c."lastMessageAt", c.id) < (${after.needsHuman}, ${after.lastMessageAt}::timestamptz, ${after.id}::uuid)`
    : Prisma.empty;
}

export type ConversationPagePlan = 'list' | 'search-walk' | 'search-set';

/**
 * The id-page query (`id, "needsHuman", "lastMessageAt"`, at most `limit + 1` rows).
 * `search-walk` checks the first SEARCH_WALK_LIMIT conversations in inbox order one by one;
 * `search-set` keeps the conversations in the match CTEs (searchMatchCtesSql), so it only runs
 * inside conversationListStatement.
 */
export function conversationPageSql(
  ctx: WorkspaceContext, filters: Partial<ConversationFilters>, cursor: string | undefined, limit: number,
  plan: ConversationPagePlan = 'list', tsquery = '', visibleSince: Date | null = null,
): Prisma.Sql {
  const where = Prisma.sql`${conversationFilterSql(ctx, filters, visibleSince)} ${keysetSql(cursor)}`;
  if (plan === 'search-walk') {
    // The inner ORDER BY … LIMIT is index-ordered (manual_Conversation_inbox_order_idx), the
    // outer query keeps that order, so the match checks run only until limit + 1 rows are found.
    return Prisma.sql`select c.id, c."needsHuman", c."lastMessageAt" from (
        select c.id, c."needsHuman", c."lastMessageAt", c."contactId" from "Conversation" c
         where ${where} ${inboxOrder} limit ${SEARCH_WALK_LIMIT}) c
       where ${conversationMatchesSql(ctx.workspace.id, tsquery)}
       ${inboxOrder} limit ${limit + 1}`;
  }
  const search = plan === 'search-set' ? Prisma.sql`and ${matchedConversationSql}` : Prisma.empty;
  return Prisma.sql`select c.id, c."needsHuman", c."lastMessageAt" from "Conversation" c
    where ${where} ${search} ${inboxOrder} limit ${limit + 1}`;
}

/** The set plan first reads at most this many matching messages (and contacts) of the workspace. */
export const SEARCH_SET_CAP = 2000;

export type SearchPlan = 'list' | 'search-walk' | 'search-set' | 'search-set-capped';

/**
 * One statement: a page and its display fields (ConversationListRow, `limit + 1` rows at most).
 * `search-set-capped` reads at most SEARCH_SET_CAP matches and adds `capped` to every row (true
 * when there may be more matches than it read; an empty page is one row with only `capped`). Exported for the benchmark's
 * EXPLAIN and for the test that compares the plans.
 */
export function conversationListStatement(
  ctx: WorkspaceContext, filters: Partial<ConversationFilters>, cursor: string | undefined, limit: number, plan: SearchPlan, tsquery = '',
  visibleSince: Date | null = null,
): Prisma.Sql {
  const ws = ctx.workspace.id;
  if (plan === 'list' || plan === 'search-walk') return conversationListRowsSql(ws, conversationPageSql(ctx, filters, cursor, limit, plan, tsquery, visibleSince));
  const page = conversationPageSql(ctx, filters, cursor, limit, 'search-set', tsquery, visibleSince);
  if (plan === 'search-set') return conversationListRowsSql(ws, page, searchMatchCtesSql(ws, tsquery, null));
  // Every row carries `capped`; an empty page is one row of nulls that carries it alone. When
  // capped, the page is never computed: `offset 0` keeps the planner from flattening the lateral
  // subquery, so `not probe.capped` is a one-time filter in front of it, not a filter on its rows.
  return Prisma.sql`with ${searchMatchCtesSql(ws, tsquery, SEARCH_SET_CAP)}
    select probe.capped, r.* from (select ${searchMatchesCappedSql(SEARCH_SET_CAP)} as capped) probe
      left join lateral (select * from (${conversationListRowsSql(ws, page)}) rows where not probe.capped offset 0) r on true
     order by r."needsHuman" desc, r."lastMessageAt" desc, r.id desc`;
}

/** Rows of the capped set plan: display rows plus `capped` (all fields null on an empty page but `capped`). */
type ProbeRow = ConversationListRow & { capped: boolean };

/**
 * Needs-human first, then newest activity, then id (a stable tiebreak so keyset pages never
 * skip or repeat rows that share a timestamp). A tampered cursor is ignored: first page.
 * A search matches word prefixes in message text and contact names (buildSearchTsquery):
 * the set plan over the workspace's search index answers most searches in one statement; a term
 * with more than SEARCH_SET_CAP matches is common enough for the walk to fill the page from the
 * newest conversations; only if it does not is every match read (docs/benchmarks.md).
 */
export async function listConversations(options: {
  ctx: WorkspaceContext;
  filters: Partial<ConversationFilters>;
  cursor?: string;
  limit?: number;
}): Promise<{ conversations: ConversationListItem[]; nextCursor: string | null }> {
  const { ctx, filters, cursor } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const limit = Math.min(Math.max(options.limit ?? CONVERSATION_PAGE_SIZE, 1), 100);
  const visibleSince = await historyVisibleSince({ workspaceId: ctx.workspace.id });
  const load = (plan: SearchPlan, tsquery?: string) => ctx.db.$queryRaw<ProbeRow[]>(conversationListStatement(ctx, filters, cursor, limit, plan, tsquery, visibleSince));

  let rows: ConversationListRow[];
  if (!filters.q) {
    // The inbox's most frequent statement, planned once per connection (lib/run-prepared-query.ts).
    rows = await runPreparedQuery<ConversationListRow>(conversationListStatement(ctx, filters, cursor, limit, 'list', undefined, visibleSince));
  } else {
    const tsquery = buildSearchTsquery(filters.q);
    if (!tsquery) return { conversations: [], nextCursor: null };
    const first = await load('search-set-capped', tsquery);
    rows = first.filter((r) => r.id !== null);
    if (first[0]?.capped) {
      // A full page from the walk is exactly the first page of all matches (it walks in inbox order).
      rows = await load('search-walk', tsquery);
      if (rows.length <= limit) rows = await load('search-set', tsquery);
    }
  }
  const page = rows.slice(0, limit).map(toConversationListItem);
  const last = page.at(-1);
  return { conversations: page, nextCursor: rows.length > limit && last ? encodeConversationCursor(last) : null };
}
