// The inbox list: one keyset-paginated page of conversations for the current filters.
// The id page comes from one raw query (row-value keyset comparison and full-text search are
// not expressible through Prisma's query API); display fields then load through ctx.db.
import { Prisma } from '../generated/prisma/client';
import { historyVisibleSince } from '../billing/history-visibility';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';
import { decodeConversationCursor, encodeConversationCursor } from './conversation-cursor';
import { channelTypes, type ConversationFilters } from './conversation-filters.schema';

export const CONVERSATION_PAGE_SIZE = 50;

export type ConversationListItem = {
  id: string;
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  handling: 'ai_auto' | 'ai_draft' | 'human';
  assigneeId: string | null;
  needsHuman: boolean;
  lastMessageAt: Date;
  lastMessagePreview: string | null;
  unreadCount: number;
  contact: { name: string | null; username: string | null; avatarUrl: string | null; externalId: string };
  channel: { id: string; type: 'instagram' | 'messenger' | 'whatsapp'; name: string };
  labels: { id: string; name: string; color: string }[];
};

type KeyRow = { id: string; needsHuman: boolean; lastMessageAt: Date };

/** The WHERE clause shared by the page query (and reusable by counts/bench): always workspace-bound. */
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
  if (filters.q) {
    // A semi-join on the union of matching messages and matching contacts, so each side is one
    // bitmap scan of its GIN index (the expressions must stay byte-identical to the
    // manual_*_fts indexes in prisma/migrations/20261127221555_inbox_foundation). A correlated
    // EXISTS per conversation would instead re-check every message of every candidate row.
    parts.push(Prisma.sql`c.id in (
      select m."conversationId" from "Message" m
       where m."workspaceId" = ${ws}::uuid
         and to_tsvector('simple', coalesce(m."text", '')) @@ websearch_to_tsquery('simple', ${filters.q})
      union
      select c2.id from "Contact" ct join "Conversation" c2 on c2."contactId" = ct.id and c2."workspaceId" = ${ws}::uuid
       where ct."workspaceId" = ${ws}::uuid
         and to_tsvector('simple', coalesce(ct."name", '') || ' ' || coalesce(ct."username", '')) @@ websearch_to_tsquery('simple', ${filters.q})
    )`);
  }
  return Prisma.join(parts, ' and ');
}

/** "AI draft waiting": the conversation has a pending draft (index ReplyDraft(workspaceId, conversationId, status)). */
export function pendingDraftSql(workspaceId: string): Prisma.Sql {
  return Prisma.sql`exists (select 1 from "ReplyDraft" rd where rd."workspaceId" = ${workspaceId}::uuid and rd."conversationId" = c.id and rd.status = 'pending')`;
}

/** The id-page query on its own, exported for the benchmark's EXPLAIN. */
export function conversationPageSql(ctx: WorkspaceContext, filters: Partial<ConversationFilters>, cursor: string | undefined, limit: number, visibleSince: Date | null = null): Prisma.Sql {
  const after = decodeConversationCursor(cursor);
  const keyset = after
    ? Prisma.sql`and (c."needsHuman", c."lastMessageAt", c.id) < (${after.needsHuman}, ${after.lastMessageAt}::timestamptz, ${after.id}::uuid)`
    : Prisma.empty;
  return Prisma.sql`select c.id, c."needsHuman", c."lastMessageAt" from "Conversation" c
    where ${conversationFilterSql(ctx, filters, visibleSince)} ${keyset}
    order by c."needsHuman" desc, c."lastMessageAt" desc, c.id desc
    limit ${limit + 1}`;
}

/**
 * Needs-human first, then newest activity, then id (a stable tiebreak so keyset pages never
 * skip or repeat rows that share a timestamp). A tampered cursor is ignored: first page.
 */
export async function listConversations(options: {
  ctx: WorkspaceContext;
  filters: Partial<ConversationFilters>;
  cursor?: string;
  limit?: number;
}): Promise<{ conversations: ConversationListItem[]; nextCursor: string | null }> {
  const { ctx, filters } = options;
  if (!ctx.can('inbox.use')) throw new AppError('forbidden', 'Your role does not allow this.');
  const limit = Math.min(Math.max(options.limit ?? CONVERSATION_PAGE_SIZE, 1), 100);
  const visibleSince = await historyVisibleSince({ workspaceId: ctx.workspace.id });
  const rows = await ctx.db.$queryRaw<KeyRow[]>(conversationPageSql(ctx, filters, options.cursor, limit, visibleSince));
  const page = rows.slice(0, limit);
  if (page.length === 0) return { conversations: [], nextCursor: null };

  const loaded = await ctx.db.conversation.findMany({
    where: { id: { in: page.map((r) => r.id) } },
    select: {
      id: true, status: true, handling: true, assigneeId: true, needsHuman: true, lastMessageAt: true, lastMessagePreview: true, unreadCount: true,
      contact: { select: { name: true, username: true, avatarUrl: true, externalId: true } },
      channel: { select: { id: true, type: true, name: true } },
      labels: { select: { label: { select: { id: true, name: true, color: true } } }, orderBy: { createdAt: 'asc' } },
    },
  });
  const byId = new Map(loaded.map((c) => [c.id, c]));
  const conversations = page.flatMap((r) => {
    const c = byId.get(r.id);
    return c ? [{ ...c, labels: c.labels.map((l) => l.label) }] : [];
  });
  const last = page.at(-1)!;
  return { conversations, nextCursor: rows.length > limit ? encodeConversationCursor(last) : null };
}
