// "Possibly the same person": other people in the workspace whose email matches, or whose phone
// number matches this person's phone or WhatsApp number (digits compared, formatting ignored).
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { contactDisplayName } from './contact-display-name';

export const MAX_MERGE_SUGGESTIONS = 5;

type Row = { id: string; displayName: string | null; name: string | null; username: string | null; externalId: string; email: string | null; phone: string | null; channelType: 'instagram' | 'messenger' | 'whatsapp'; reason: 'email' | 'phone' };

export async function findMergeSuggestions(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'can'>; personId: string }) {
  const { ctx, personId } = options;
  assertCan(ctx, 'contacts.view');
  const ws = ctx.workspace.id;
  // Phone digits of a person: its phone field and the wa_ids of its WhatsApp identities.
  const phonesOf = (person: Prisma.Sql) => Prisma.sql`(
    select regexp_replace(m.phone, '\\D', '', 'g') from "Contact" m where m."workspaceId" = ${ws}::uuid and (m.id = ${person} or m."mergedIntoId" = ${person}) and m.phone is not null
    union select m."externalId" from "Contact" m join "Channel" ch on ch.id = m."channelId" where m."workspaceId" = ${ws}::uuid and (m.id = ${person} or m."mergedIntoId" = ${person}) and ch.type = 'whatsapp')`;
  const emailsOf = (person: Prisma.Sql) => Prisma.sql`(select lower(m.email) from "Contact" m where m."workspaceId" = ${ws}::uuid and (m.id = ${person} or m."mergedIntoId" = ${person}) and m.email is not null)`;
  const me = Prisma.sql`${personId}::uuid`;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    select c.id, c."displayName", c.name, c.username, c."externalId", c.email, c.phone, ch.type as "channelType",
      case when exists (select 1 from ${emailsOf(Prisma.sql`c.id`)} e(v) where e.v in ${emailsOf(me)}) then 'email' else 'phone' end as reason
    from "Contact" c join "Channel" ch on ch.id = c."channelId"
    where c."workspaceId" = ${ws}::uuid and c."mergedIntoId" is null and c.id <> ${me}
      and (exists (select 1 from ${emailsOf(Prisma.sql`c.id`)} e(v) where e.v in ${emailsOf(me)})
        or exists (select 1 from ${phonesOf(Prisma.sql`c.id`)} p(v) where p.v <> '' and p.v in ${phonesOf(me)}))
    order by c."lastSeenAt" desc nulls last, c.id
    limit ${MAX_MERGE_SUGGESTIONS}`);
  return rows.map((row) => ({ id: row.id, label: contactDisplayName(row, row.channelType), channelType: row.channelType, email: row.email, phone: row.phone, reason: row.reason }));
}
