// The contacts list: one keyset-paginated page of people for the current search, filters and
// sort, with each person's channel identities, in one statement. Raw SQL because the row-value
// keyset comparison and the "any identity matches" subqueries are not expressible through
// Prisma's query API; every clause is bound to the workspace.
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import type { ContactListFilters } from './contact.schema';
import { decodeContactCursor, encodeContactCursor, type ContactCursor, type ContactSort } from './contact-cursor';
import { contactDisplayName } from './contact-display-name';
import { contactFilterSql, contactKeysetSql, contactOrderSql, contactSortKeyTextSql } from './contact-filter-sql';

export const CONTACT_PAGE_SIZE = 50;

const withoutSortKey = (row: Row): Omit<Row, 'sortKey'> => {
  const copy: Partial<Row> = { ...row };
  delete copy.sortKey;
  return copy as Omit<Row, 'sortKey'>;
};

type Identity = { id: string; channelType: 'instagram' | 'messenger' | 'whatsapp'; channelName: string; externalId: string; username: string | null; name: string | null };
type Row = {
  id: string; displayName: string | null; name: string | null; username: string | null; externalId: string; email: string | null; phone: string | null;
  avatarUrl: string | null; lastSeenAt: Date | null; createdAt: Date; sortKey: string; identities: Identity[]; conversations: number;
};

export type ContactListItem = Omit<Row, 'sortKey'> & { label: string };

/** Identities (self + merged) with their channel, as JSON, for the row of person `c`. */
export const identitiesJsonSql = (ws: string) => Prisma.sql`(select coalesce(json_agg(json_build_object('id', m.id, 'channelType', ch.type, 'channelName', ch.name, 'externalId', m."externalId", 'username', m.username, 'name', m.name) order by m."createdAt", m.id), '[]'::json)
  from "Contact" m join "Channel" ch on ch.id = m."channelId" where m."workspaceId" = ${ws}::uuid and (m.id = c.id or m."mergedIntoId" = c.id))`;

/** One page of people as one statement (exported so a test can EXPLAIN exactly what runs). */
export function listContactsSql(o: { workspaceId: string; filters: ContactListFilters; sort: ContactSort; after: ContactCursor | null; pageSize: number; now?: Date }): Prisma.Sql {
  const ws = o.workspaceId;
  return Prisma.sql`
    select c.id, c."displayName", c.name, c.username, c."externalId", c.email, c.phone, c."avatarUrl", c."lastSeenAt", c."createdAt",
      ${contactSortKeyTextSql(o.sort)} as "sortKey",
      ${identitiesJsonSql(ws)} as identities,
      (select count(*)::int from "Conversation" cv where cv."workspaceId" = ${ws}::uuid and cv."contactId" in (select m.id from "Contact" m where m."workspaceId" = ${ws}::uuid and (m.id = c.id or m."mergedIntoId" = c.id))) as conversations
    from "Contact" c
    where ${contactFilterSql(ws, o.filters, o.now)} ${contactKeysetSql(o.sort, o.after)}
    ${contactOrderSql(o.sort)}
    limit ${o.pageSize + 1}`;
}

export async function listContacts(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'can'>; filters: ContactListFilters; pageSize?: number; now?: Date }) {
  const { ctx, filters } = options;
  assertCan(ctx, 'contacts.view');
  const ws = ctx.workspace.id;
  const sort = filters.sort ?? 'last_seen';
  const pageSize = options.pageSize ?? CONTACT_PAGE_SIZE;
  const after = decodeContactCursor(filters.cursor, sort);
  const rows = await db.$queryRaw<Row[]>(listContactsSql({ workspaceId: ws, filters, sort, after, pageSize, now: options.now }));
  const page = rows.slice(0, pageSize);
  const last = page.at(-1);
  return {
    contacts: page.map((row): ContactListItem => ({ ...withoutSortKey(row), label: contactDisplayName(row, (row.identities.find((i) => i.id === row.id) ?? row.identities[0])?.channelType ?? 'instagram') })),
    nextCursor: rows.length > pageSize && last ? encodeContactCursor({ sort, key: last.sortKey, id: last.id }) : null,
  };
}
