// The WHERE clause and ordering shared by the contacts list and the CSV export. Rows are people:
// primary contacts (mergedIntoId is null); a person matches when any of its channel identities
// (itself or a contact merged into it) matches. Every clause is bound to the workspace.
import { Prisma } from '../generated/prisma/client';
import type { ContactListFilters } from './contact.schema';
import type { ContactCursor, ContactSort } from './contact-cursor';
import { matchingPeopleSql } from './contact-search-sql';

/** Identities of person `c`: c itself and the contacts merged into it. */
const membersOf = (ws: string) => Prisma.sql`select m.* from "Contact" m where m."workspaceId" = ${ws}::uuid and (m.id = c.id or m."mergedIntoId" = c.id)`;

export function contactFilterSql(workspaceId: string, filters: ContactListFilters, now = new Date()): Prisma.Sql {
  const ws = workspaceId;
  const parts: Prisma.Sql[] = [Prisma.sql`c."workspaceId" = ${ws}::uuid`, Prisma.sql`c."mergedIntoId" is null`];
  if (filters.q) parts.push(Prisma.sql`c.id in (${matchingPeopleSql(ws, filters.q)})`);
  if (filters.channel) {
    parts.push(Prisma.sql`exists (select 1 from (${membersOf(ws)}) m join "Channel" ch on ch.id = m."channelId" where ch.type = ${filters.channel}::"ChannelType")`);
  }
  if (filters.label) {
    parts.push(Prisma.sql`exists (select 1 from "Conversation" cv join "ConversationLabel" cl on cl."conversationId" = cv.id
      where cv."workspaceId" = ${ws}::uuid and cl."workspaceId" = ${ws}::uuid and cl."labelId" = ${filters.label}::uuid
      and cv."contactId" in (select m.id from (${membersOf(ws)}) m))`);
  }
  if (filters.seen) {
    const days = { '7d': 7, '30d': 30, '90d': 90, over_90d: 90, never: 0 }[filters.seen];
    const since = new Date(now.getTime() - days * 86_400_000);
    if (filters.seen === 'never') parts.push(Prisma.sql`c."lastSeenAt" is null`);
    else if (filters.seen === 'over_90d') parts.push(Prisma.sql`c."lastSeenAt" < ${since}`);
    else parts.push(Prisma.sql`c."lastSeenAt" >= ${since}`);
  }
  return Prisma.join(parts, ' and ');
}

/** The sort key of a row as SQL; never null, so row-value keyset comparisons are exact. */
export function contactSortKeySql(sort: ContactSort): Prisma.Sql {
  if (sort === 'name') return Prisma.sql`lower(coalesce(c."displayName", c.name, c.username, c."externalId"))`;
  if (sort === 'created') return Prisma.sql`c."createdAt"`;
  return Prisma.sql`coalesce(c."lastSeenAt", '-infinity'::timestamptz)`;
}

/** The sort key as text for the cursor: ISO timestamps (or '-infinity'), or the lower-cased name. */
export function contactSortKeyTextSql(sort: ContactSort): Prisma.Sql {
  if (sort === 'name') return contactSortKeySql(sort);
  const key = contactSortKeySql(sort);
  return Prisma.sql`case when isfinite(${key}) then to_char(${key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') else '-infinity' end`;
}

export function contactOrderSql(sort: ContactSort): Prisma.Sql {
  return sort === 'name' ? Prisma.sql`order by ${contactSortKeySql(sort)} asc, c.id asc` : Prisma.sql`order by ${contactSortKeySql(sort)} desc, c.id desc`;
}

export function contactKeysetSql(sort: ContactSort, after: ContactCursor | null): Prisma.Sql {
  if (!after) return Prisma.empty;
  const key = contactSortKeySql(sort);
  if (sort === 'name') return Prisma.sql`and (${key}, c.id) > (${after.key}, ${after.id}::uuid)`;
  // '-infinity' round-trips through the cursor as the string Postgres prints.
  return Prisma.sql`and (${key}, c.id) < (${after.key}::timestamptz, ${after.id}::uuid)`;
}
