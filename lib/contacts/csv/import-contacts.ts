// CSV import: `preview` plans every row and writes nothing; `commit` plans again (the data may
// have changed since the preview) and applies the valid rows in one transaction, skipping rows
// with errors. One audit entry per commit, with counts only.
import { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { PREVIEW_ROWS_SHOWN } from './contact-import-limits';
import { planContactImport, type ImportFields } from './plan-contact-import';

export type ContactImportResult = {
  mode: 'preview' | 'commit';
  counts: { rows: number; update: number; create: number; error: number };
  rows: { line: number; action: 'update' | 'create' | 'error'; label: string; errors: string[] }[];
};

/** Only the cells that were filled: blank cells leave stored values alone. */
function changes(fields: ImportFields) {
  return Object.fromEntries(Object.entries({ displayName: fields.name, email: fields.email, phone: fields.phone, notes: fields.notes }).filter(([, v]) => v !== undefined));
}

export async function importContacts(options: { ctx: WorkspaceContext; csv: string; channelId?: string; mode: 'preview' | 'commit'; meta?: Partial<RequestMeta> }): Promise<ContactImportResult> {
  const { ctx } = options;
  assertCan(ctx, 'contacts.import');
  const ws = ctx.workspace.id;
  const plan = await planContactImport({ ctx, csv: options.csv, channelId: options.channelId });
  const counts = { rows: plan.rows.length, update: 0, create: 0, error: 0 };
  for (const row of plan.rows) counts[row.action]++;
  if (options.mode === 'commit' && counts.update + counts.create > 0) {
    await db.$transaction(async (tx) => {
      for (const row of plan.rows) {
        if (row.action === 'update') {
          const attributes = Object.keys(row.fields.attributes).length ? Prisma.sql`, attributes = attributes || ${JSON.stringify(row.fields.attributes)}::jsonb` : Prisma.empty;
          const set = Object.entries(changes(row.fields)).map(([column, value]) => Prisma.sql`${Prisma.raw(`"${column}"`)} = ${value}`);
          await tx.$executeRaw(Prisma.sql`update "Contact" set "updatedAt" = now() ${set.length ? Prisma.sql`, ${Prisma.join(set)}` : Prisma.empty} ${attributes}
            where id = ${row.contactId}::uuid and "workspaceId" = ${ws}::uuid`);
        } else if (row.action === 'create') {
          // A number that became a contact since the preview (a message arrived) is updated instead.
          await tx.contact.upsert({
            where: { channelId_externalId: { channelId: plan.channelId!, externalId: row.externalId } },
            create: { workspaceId: ws, channelId: plan.channelId!, externalId: row.externalId, ...changes(row.fields), attributes: row.fields.attributes as Prisma.InputJsonObject },
            update: { ...changes(row.fields) },
          });
        }
      }
      await recordAudit({ ctx, action: 'contact.imported', targetType: 'contact', meta: options.meta, metadata: { ...counts } }, tx);
    }, { timeout: 60_000 });
  }
  return {
    mode: options.mode,
    counts,
    // Errors first: they are what someone fixes before committing.
    rows: [...plan.rows.filter((r) => r.action === 'error'), ...plan.rows.filter((r) => r.action !== 'error')]
      .slice(0, PREVIEW_ROWS_SHOWN)
      .map((r) => ({ line: r.line, action: r.action, label: r.label, errors: r.action === 'error' ? r.errors : [] })),
  };
}
