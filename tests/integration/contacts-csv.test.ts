// CSV import (preview writes nothing, per-row errors, commit applies valid rows, caps) and the
// streamed export (filters, formula-injection escaping, round trip, isolation).
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createContactAttribute } from '@/lib/contacts/attributes/create-contact-attribute';
import { MAX_IMPORT_ROWS } from '@/lib/contacts/csv/contact-import-limits';
import { contactImportSchema } from '@/lib/contacts/csv/contact-import.schema';
import { exportContactsCsv } from '@/lib/contacts/csv/export-contacts';
import { importContacts } from '@/lib/contacts/csv/import-contacts';
import { parse } from 'csv-parse/sync';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let waId: string;
let otherWaId: string;
let existing: { id: string };
let cy: { id: string };

const exportText = async (c: WorkspaceContext, filters = {}) => {
  let text = '';
  for await (const chunk of exportContactsCsv({ ctx: c, filters })) text += chunk;
  return text;
};

beforeAll(async () => {
  ({ ctx, otherCtx } = await twoWorkspaceContexts());
  const wa = await createChannel(ctx.workspace.id, 'whatsapp');
  waId = wa.id;
  otherWaId = (await createChannel(otherCtx.workspace.id, 'whatsapp')).id;
  await createContactAttribute({ ctx, key: 'plan', label: 'Plan', type: 'select', options: ['free', 'pro'] });
  existing = await db.contact.create({ data: { workspaceId: ctx.workspace.id, channelId: wa.id, externalId: '447700900123', name: 'Ana', email: 'ana@example.com', notes: 'keep me' } });
  cy = await db.contact.create({ data: { workspaceId: ctx.workspace.id, channelId: wa.id, externalId: '447700900555' } });
  await db.contact.create({ data: { workspaceId: otherCtx.workspace.id, channelId: otherWaId, externalId: '447700900999', name: 'B person', email: 'b@example.com' } });
});

describe('CSV import', () => {
  const csv = [
    'name,email,phone,plan,notes',
    'Ana Lima,ana@example.com,,pro,',          // line 2: update by email; blank notes keep "keep me"
    'New Person,new@example.com,+351 910 000 001,free,VIP', // line 3: create on the WhatsApp number
    'Bad,not-an-email,,gold,',                 // line 4: two errors
    'Nobody,nobody@example.com,,,',            // line 5: no match, no phone
    'Dup,,+351910000001,,',                    // line 6: same number as line 3
    '"=HYPERLINK(""http://x"")",,+44 7700 900555,,', // line 7: update Cy by WA number; the name is stored as typed
  ].join('\n');

  it('previews without writing, with per-row errors', async () => {
    const before = await db.contact.count({ where: { workspaceId: ctx.workspace.id } });
    const result = await importContacts({ ctx, csv, channelId: waId, mode: 'preview' });
    expect(result.counts).toEqual({ rows: 6, update: 2, create: 1, error: 3 });
    expect(result.rows.filter((r) => r.action === 'error').map((r) => [r.line, r.errors])).toEqual([
      [4, [expect.stringContaining('valid email'), expect.stringContaining('choose one of free, pro')]],
      [5, ['No matching contact, and no phone number to create one from.']],
      [6, ['The same phone number as line 3.']],
    ]);
    expect(await db.contact.count({ where: { workspaceId: ctx.workspace.id } })).toBe(before);
  });

  it('commits the valid rows only, keeps blank cells, and audits the counts', async () => {
    const result = await importContacts({ ctx, csv, channelId: waId, mode: 'commit' });
    expect(result.counts).toMatchObject({ update: 2, create: 1, error: 3 });
    expect(await db.contact.findUniqueOrThrow({ where: { id: cy.id } })).toMatchObject({ displayName: '=HYPERLINK("http://x")' });
    const ana = await db.contact.findUniqueOrThrow({ where: { id: existing.id } });
    expect(ana).toMatchObject({ email: 'ana@example.com', notes: 'keep me', attributes: { plan: 'pro' } });
    const created = await db.contact.findUniqueOrThrow({ where: { channelId_externalId: { channelId: waId, externalId: '351910000001' } } });
    expect(created).toMatchObject({ workspaceId: ctx.workspace.id, displayName: 'New Person', email: 'new@example.com', phone: '+351910000001', notes: 'VIP', attributes: { plan: 'free' } });
    expect(await db.auditLog.findFirst({ where: { workspaceId: ctx.workspace.id, action: 'contact.imported' } })).toMatchObject({ metadata: { update: 2, create: 1, error: 3, rows: 6 } });
  });

  it('refuses unknown columns, bad CSV, a foreign or non-WhatsApp channel, and files over the caps; agents may not import', async () => {
    await expect(importContacts({ ctx, csv: 'name,secret\nx,y', mode: 'preview' })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('Unknown column: secret') });
    await expect(importContacts({ ctx, csv: 'name,email\n"unclosed,x', mode: 'preview' })).rejects.toMatchObject({ code: 'bad_request', message: expect.stringContaining('not valid CSV') });
    await expect(importContacts({ ctx, csv: '', mode: 'preview' })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(importContacts({ ctx, csv: 'email\nb@example.com\n', channelId: otherWaId, mode: 'commit' })).rejects.toMatchObject({ code: 'not_found' });
    // B's email matches nothing in A: the row is an error, B is untouched.
    const cross = await importContacts({ ctx, csv: 'email,name\nb@example.com,Pwned\n', mode: 'commit' });
    expect(cross.counts).toMatchObject({ update: 0, error: 1 });
    const idRow = await importContacts({ ctx, csv: `id,name\n${(await db.contact.findFirstOrThrow({ where: { workspaceId: otherCtx.workspace.id } })).id},Pwned\n`, mode: 'commit' });
    expect(idRow.rows[0]).toMatchObject({ action: 'error', errors: ['No contact with this id in this workspace.'] });
    expect(await db.contact.findFirstOrThrow({ where: { workspaceId: otherCtx.workspace.id } })).toMatchObject({ name: 'B person', displayName: null });

    const tooManyRows = `email\n${Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `p${i}@example.com`).join('\n')}`;
    await expect(importContacts({ ctx, csv: tooManyRows, mode: 'preview' })).rejects.toMatchObject({ code: 'payload_too_large', message: expect.stringContaining('more than 5,000 rows') });
    const huge = contactImportSchema.safeParse({ csv: `email\n${'x'.repeat(1024 * 1024)}`, step: 'preview' });
    expect(huge.success ? null : huge.error.issues[0]?.message).toContain('larger than 900 KB');
    const agent = await contextFor((await addMember(ctx.workspace.id, 'agent')).id, ctx.workspace.id);
    await expect(importContacts({ ctx: agent, csv: 'email\nx@example.com', mode: 'preview' })).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('CSV export', () => {
  it('streams the filtered people with escaped cells, round-trips through import, and never includes B', async () => {
    await db.contact.update({ where: { id: existing.id }, data: { displayName: '=cmd|" /C calc"!A0', phone: '+447700900123' } });
    const text = await exportText(ctx);
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(['id', 'name', 'email', 'phone', 'notes', 'channels', 'handles', 'last_seen', 'created_at', 'plan']);
    const ana = rows.find((r) => r.id === existing.id)!;
    expect(ana).toMatchObject({ name: `'=cmd|" /C calc"!A0`, phone: "'+447700900123", handles: "'+447700900123", channels: 'whatsapp', plan: 'pro' });
    // No cell of the file starts a formula.
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
    expect(text).not.toContain('b@example.com');
    expect(text).not.toContain(otherCtx.workspace.id);
    expect((await exportText(ctx, { q: 'new@example' })).trim().split('\r\n')).toHaveLength(2);

    // The export imports back as updates to the same people (no errors, nothing created).
    const again = await importContacts({ ctx, csv: text, mode: 'preview' });
    expect(again.counts).toMatchObject({ create: 0, error: 0, update: rows.length });
    await importContacts({ ctx, csv: text, mode: 'commit' });
    expect(await db.contact.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ displayName: '=cmd|" /C calc"!A0', phone: '+447700900123' });
  });
});
