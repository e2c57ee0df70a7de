// Decides what each CSV row would do, without writing: update an existing person (by id, then
// email, then phone / WhatsApp number), create a WhatsApp contact from a phone number, or an
// error saying why not. Preview and commit both run this, so the commit does what was shown.
// Instagram and Messenger identities cannot be created from a file: their ids are issued by
// Meta per page when the person writes first.
import { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';
import { reservedContactColumns, validateAttributeValues } from '../attributes/contact-attribute.schema';
import { listContactAttributes } from '../attributes/list-contact-attributes';
import { contactEmailSchema, contactNameSchema, contactNotesSchema, contactPhoneSchema } from '../contact.schema';
import { parseContactCsv } from './parse-contact-csv';

export type ImportFields = { name?: string; email?: string; phone?: string; notes?: string; attributes: Record<string, string | number | null> };
export type ImportRow =
  | { line: number; action: 'update'; contactId: string; fields: ImportFields; label: string }
  | { line: number; action: 'create'; externalId: string; fields: ImportFields; label: string }
  | { line: number; action: 'error'; errors: string[]; label: string };

type Person = { id: string; email: string | null; phones: string[] };

// The columns our export writes that are derived (channels, handles, last_seen, created_at) are
// in reservedContactColumns, so an exported file imports as is; their cells are not read.
export async function planContactImport(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace'>; csv: string; channelId?: string }) {
  const { ctx } = options;
  const ws = ctx.workspace.id;
  const { header, rows } = parseContactCsv(options.csv);
  const definitions = await listContactAttributes({ ctx });
  const attributeKeys = new Set(definitions.map((d) => d.key));
  const unknown = header.filter((h) => h && !(reservedContactColumns as readonly string[]).includes(h) && !attributeKeys.has(h));
  if (unknown.length) {
    throw new AppError('bad_request', `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.slice(0, 5).join(', ')}. Use id, name, email, phone, notes or a contact field key (Settings → Contact fields).`);
  }
  if (!['id', 'email', 'phone'].some((h) => header.includes(h))) throw new AppError('bad_request', 'The file needs an id, email or phone column to match or create contacts.');
  let channel: { id: string } | null = null;
  if (options.channelId) {
    channel = await ctx.db.channel.findFirst({ where: { id: options.channelId, type: 'whatsapp' }, select: { id: true } });
    if (!channel) throw new AppError('not_found', 'Choose one of this workspace\'s WhatsApp numbers for new contacts.');
  }

  // Only the people the file can match (its ids, emails and phone digits), not the whole
  // workspace: one query for their email and phone digits (phone field + WhatsApp ids).
  const fileIds = [...new Set(rows.map((r) => r.cells.id?.toLowerCase()).filter((id): id is string => !!id && /^[0-9a-f-]{36}$/.test(id)))];
  const fileEmails = [...new Set(rows.map((r) => r.cells.email?.trim().toLowerCase()).filter((e): e is string => !!e))];
  const filePhones = [...new Set(rows.map((r) => r.cells.phone?.replace(/\D/g, '')).filter((p): p is string => !!p))];
  const people = fileEmails.length + filePhones.length === 0 ? [] : await db.$queryRaw<Person[]>(Prisma.sql`
    with hits as (
      select distinct coalesce(c."mergedIntoId", c.id) as pid from "Contact" c join "Channel" ch on ch.id = c."channelId"
      where c."workspaceId" = ${ws}::uuid and (lower(c.email) = any(${fileEmails}::text[]) or regexp_replace(c.phone, '\\D', '', 'g') = any(${filePhones}::text[])
        or (ch.type = 'whatsapp' and c."externalId" = any(${filePhones}::text[]))))
    select coalesce(c."mergedIntoId", c.id) as id, max(lower(p.email)) as email,
      array_remove(array_agg(distinct case when ch.type = 'whatsapp' then c."externalId" end) || array_agg(distinct regexp_replace(p.phone, '\\D', '', 'g')), null) as phones
    from "Contact" c join "Channel" ch on ch.id = c."channelId" join "Contact" p on p.id = coalesce(c."mergedIntoId", c.id)
    where c."workspaceId" = ${ws}::uuid and coalesce(c."mergedIntoId", c.id) in (select pid from hits) group by 1`);
  // Any contact id (a merged identity's too) names its person.
  const personOfId = new Map((fileIds.length ? await ctx.db.contact.findMany({ where: { id: { in: fileIds } }, select: { id: true, mergedIntoId: true } }) : []).map((c) => [c.id, c.mergedIntoId ?? c.id]));
  const byEmail = new Map<string, string[]>();
  const byPhone = new Map<string, string[]>();
  for (const p of people) {
    if (p.email) byEmail.set(p.email, [...(byEmail.get(p.email) ?? []), p.id]);
    for (const phone of new Set(p.phones.filter(Boolean))) byPhone.set(phone, [...(byPhone.get(phone) ?? []), p.id]);
  }

  const claimed = new Map<string, number>();
  const planned: ImportRow[] = rows.map(({ line, cells }) => {
    const errors: string[] = [];
    const field = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } } }, key: string): T | undefined => {
      if (!(key in cells) || cells[key] === '') return undefined;
      const parsed = schema.safeParse(cells[key]);
      if (parsed.success) return parsed.data;
      errors.push(parsed.error.issues[0]?.message ?? `Invalid ${key}.`);
      return undefined;
    };
    const name = field<string | undefined>(contactNameSchema, 'name');
    const email = field<string | undefined>(contactEmailSchema, 'email');
    const phone = field<string | undefined>(contactPhoneSchema, 'phone');
    const notes = field<string | undefined>(contactNotesSchema, 'notes');
    // Blank cells leave stored values alone: an import adds and corrects, it never erases.
    const attributeInput = Object.fromEntries(Object.entries(cells).filter(([key, value]) => attributeKeys.has(key) && value !== ''));
    const { values, errors: attributeErrors } = validateAttributeValues(definitions, attributeInput);
    errors.push(...Object.values(attributeErrors));
    const fields: ImportFields = { name, email, phone, notes, attributes: values };
    const label = name ?? email ?? phone ?? cells.id ?? `Row ${line}`;
    if (errors.length) return { line, action: 'error', errors, label };

    let personId: string | undefined;
    if (cells.id) {
      personId = /^[0-9a-f-]{36}$/i.test(cells.id) ? personOfId.get(cells.id.toLowerCase()) : undefined;
      if (!personId) return { line, action: 'error', errors: ['No contact with this id in this workspace.'], label };
    } else {
      const match = (email && byEmail.get(email)) || (phone && byPhone.get(phone.slice(1))) || undefined;
      if (match && match.length > 1) return { line, action: 'error', errors: [`Matches ${match.length} contacts; add an id column to say which one.`], label };
      personId = match?.[0];
    }
    if (personId) {
      const earlier = claimed.get(personId);
      if (earlier) return { line, action: 'error', errors: [`The same contact as line ${earlier}.`], label };
      claimed.set(personId, line);
      return { line, action: 'update', contactId: personId, fields, label };
    }
    if (!phone) return { line, action: 'error', errors: ['No matching contact, and no phone number to create one from.'], label };
    if (!channel) return { line, action: 'error', errors: ['No matching contact. Choose a WhatsApp number above to create contacts from phone numbers.'], label };
    const key = `new:${phone}`;
    const earlier = claimed.get(key);
    if (earlier) return { line, action: 'error', errors: [`The same phone number as line ${earlier}.`], label };
    claimed.set(key, line);
    return { line, action: 'create', externalId: phone.slice(1), fields, label };
  });
  return { rows: planned, channelId: channel?.id, columns: header };
}

export type ContactImportPlan = Awaited<ReturnType<typeof planContactImport>>;
