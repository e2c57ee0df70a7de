// CSV export of the people matching the list's filters, streamed: pages of 500 by keyset, so a
// large workspace never sits in memory and the download starts at once. Every cell goes through
// escapeCsvCell (formula-injection safe).
import { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { listContactAttributes } from '../attributes/list-contact-attributes';
import type { ContactListFilters } from '../contact.schema';
import { decodeContactCursor, encodeContactCursor } from '../contact-cursor';
import { contactFilterSql, contactKeysetSql, contactOrderSql, contactSortKeyTextSql } from '../contact-filter-sql';
import { identitiesJsonSql } from '../list-contacts';
import { csvLine } from './csv-cell';

const EXPORT_BATCH = 500;

type Row = {
  id: string; displayName: string | null; name: string | null; username: string | null; email: string | null; phone: string | null; notes: string | null;
  attributes: Record<string, unknown>; lastSeenAt: Date | null; createdAt: Date; sortKey: string;
  identities: { channelType: string; externalId: string; username: string | null }[];
};

const handleOf = (i: Row['identities'][number]) => (i.channelType === 'whatsapp' ? `+${i.externalId}` : i.username ? `@${i.username}` : i.externalId);

export async function* exportContactsCsv(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace' | 'can'>; filters: ContactListFilters }): AsyncGenerator<string> {
  const { ctx } = options;
  assertCan(ctx, 'contacts.export');
  const ws = ctx.workspace.id;
  const sort = options.filters.sort ?? 'last_seen';
  const attributes = await listContactAttributes({ ctx });
  yield csvLine(['id', 'name', 'email', 'phone', 'notes', 'channels', 'handles', 'last_seen', 'created_at', ...attributes.map((a) => a.key)]);
  const filters = { ...options.filters, cursor: undefined };
  let cursor: string | null = null;
  for (;;) {
    const rows: Row[] = await db.$queryRaw<Row[]>(Prisma.sql`
      select c.id, c."displayName", c.name, c.username, c.email, c.phone, c.notes, c.attributes, c."lastSeenAt", c."createdAt",
        ${contactSortKeyTextSql(sort)} as "sortKey", ${identitiesJsonSql(ws)} as identities
      from "Contact" c
      where ${contactFilterSql(ws, filters)} ${contactKeysetSql(sort, decodeContactCursor(cursor, sort))}
      ${contactOrderSql(sort)} limit ${EXPORT_BATCH}`);
    let chunk = '';
    for (const row of rows) {
      chunk += csvLine([
        row.id, row.displayName ?? row.name, row.email, row.phone, row.notes,
        [...new Set(row.identities.map((i) => i.channelType))].join(' '), row.identities.map(handleOf).join(' '),
        row.lastSeenAt?.toISOString() ?? '', row.createdAt.toISOString(),
        ...attributes.map((a) => (row.attributes?.[a.key] as string | number | null | undefined) ?? ''),
      ]);
    }
    if (chunk) yield chunk;
    const last = rows.at(-1);
    if (rows.length < EXPORT_BATCH || !last) return;
    cursor = encodeContactCursor({ sort, key: last.sortKey, id: last.id });
  }
}
