// The inbox list's display fields for one page of conversation ids, loaded in the same
// statement as the page itself: the page query becomes a CTE joined to contact, channel,
// assignee, pending draft and labels. (Through Prisma's relation loading this was five more
// queries, one after the other: docs/benchmarks.md.) Every joined table is filtered by the
// workspace too, so a row of another workspace can never be joined in.
import { Prisma } from '../generated/prisma/client';

export type ConversationListItem = {
  id: string;
  status: 'open' | 'pending' | 'snoozed' | 'closed';
  handling: 'ai_auto' | 'ai_draft' | 'human';
  assigneeId: string | null;
  /** The assignee's name; null when unassigned (name null when they have none or left the workspace). */
  assignee: { id: string; name: string | null } | null;
  needsHuman: boolean;
  /** An AI draft waits for an operator's decision (the "AI draft waiting" filter). */
  hasPendingDraft: boolean;
  lastMessageAt: Date;
  lastMessagePreview: string | null;
  unreadCount: number;
  /** displayName: the person's edited name (the primary contact's for a merged identity). */
  contact: { displayName: string | null; name: string | null; username: string | null; avatarUrl: string | null; externalId: string };
  channel: { id: string; type: 'instagram' | 'messenger' | 'whatsapp'; name: string };
  labels: { id: string; name: string; color: string }[];
};

type Row = {
  id: string;
  status: ConversationListItem['status'];
  handling: ConversationListItem['handling'];
  assigneeId: string | null;
  assigneeName: string | null;
  needsHuman: boolean;
  hasPendingDraft: boolean;
  lastMessageAt: Date;
  lastMessagePreview: string | null;
  unreadCount: number;
  contactDisplayName: string | null;
  contactName: string | null;
  contactUsername: string | null;
  contactAvatarUrl: string | null;
  contactExternalId: string;
  channelId: string;
  channelType: ConversationListItem['channel']['type'];
  channelName: string;
  labels: { id: string; name: string; color: string }[] | string | null;
};

/**
 * `pageSql` must select `id, "needsHuman", "lastMessageAt"` of the page's conversations (any
 * order, any count); the rows come back in inbox order. `ctes` are more WITH entries `pageSql` reads.
 */
export function conversationListRowsSql(workspaceId: string, pageSql: Prisma.Sql, ctes?: Prisma.Sql): Prisma.Sql {
  const ws = Prisma.sql`${workspaceId}::uuid`;
  return Prisma.sql`with ${ctes ? Prisma.sql`${ctes},` : Prisma.empty} page as (${pageSql})
    select c.id, c.status::text as status, c.handling::text as handling, c."assigneeId", u.name as "assigneeName",
           c."needsHuman", c."lastMessageAt", c."lastMessagePreview", c."unreadCount",
           exists (select 1 from "ReplyDraft" rd where rd."workspaceId" = ${ws} and rd."conversationId" = c.id and rd.status = 'pending') as "hasPendingDraft",
           coalesce(person."displayName", ct."displayName") as "contactDisplayName", ct.name as "contactName", ct.username as "contactUsername", ct."avatarUrl" as "contactAvatarUrl", ct."externalId" as "contactExternalId",
           ch.id as "channelId", ch.type::text as "channelType", ch.name as "channelName",
           (select coalesce(json_agg(json_build_object('id', l.id, 'name', l.name, 'color', l.color) order by cl."createdAt", l.name), '[]'::json)
              from "ConversationLabel" cl join "Label" l on l.id = cl."labelId"
             where cl."workspaceId" = ${ws} and cl."conversationId" = c.id and l."workspaceId" = ${ws}) as labels
      from page p
      join "Conversation" c on c.id = p.id and c."workspaceId" = ${ws}
      join "Contact" ct on ct.id = c."contactId" and ct."workspaceId" = ${ws}
      join "Channel" ch on ch.id = c."channelId" and ch."workspaceId" = ${ws}
      left join "Contact" person on person.id = ct."mergedIntoId" and person."workspaceId" = ${ws}
      left join "Membership" am on am."workspaceId" = ${ws} and am."userId" = c."assigneeId"
      left join "User" u on u.id = am."userId"
     order by p."needsHuman" desc, p."lastMessageAt" desc, p.id desc`;
}

export function toConversationListItem(row: Row): ConversationListItem {
  const labels = typeof row.labels === 'string' ? (JSON.parse(row.labels) as ConversationListItem['labels']) : (row.labels ?? []);
  return {
    id: row.id,
    status: row.status,
    handling: row.handling,
    assigneeId: row.assigneeId,
    assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName } : null,
    needsHuman: row.needsHuman,
    hasPendingDraft: row.hasPendingDraft,
    lastMessageAt: row.lastMessageAt,
    lastMessagePreview: row.lastMessagePreview,
    unreadCount: row.unreadCount,
    contact: { displayName: row.contactDisplayName, name: row.contactName, username: row.contactUsername, avatarUrl: row.contactAvatarUrl, externalId: row.contactExternalId },
    channel: { id: row.channelId, type: row.channelType, name: row.channelName },
    labels,
  };
}

export type ConversationListRow = Row;
