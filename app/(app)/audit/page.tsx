import type { Metadata } from 'next';
import Link from 'next/link';
import { formatAbsolute, formatRelative } from '@/components/audit/format-time';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { describeAuditAction, describeAuditDetail } from '@/lib/audit/describe-audit-action';
import { listAuditLog } from '@/lib/audit/list-audit-log';
import { auditLogExportUpgradeMessage, canExportAuditLog } from '@/lib/billing/can-export-audit-log';
import { getWorkspacePlan } from '@/lib/billing/get-workspace-plan';
import { listMembers } from '@/lib/team/list-members';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { auditActionGroups, auditFiltersSchema } from './audit-filters.schema';

export const metadata: Metadata = { title: 'Audit log' };

export default async function AuditLogPage({ searchParams }: PageProps<'/audit'>) {
  const ctx = await requireWorkspacePage('audit.view');
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const filters = auditFiltersSchema.parse({ action: first(raw.action), actor: first(raw.actor), from: first(raw.from), to: first(raw.to), cursor: first(raw.cursor) });
  const to = filters.to ? new Date(`${filters.to}T00:00:00Z`) : undefined;
  // "To" is inclusive of the whole day chosen.
  if (to) to.setUTCDate(to.getUTCDate() + 1);

  const [members, page, plan] = await Promise.all([
    listMembers({ ctx }),
    listAuditLog({
      ctx,
      action: filters.action,
      actorUserId: filters.actor,
      from: filters.from ? new Date(`${filters.from}T00:00:00Z`) : undefined,
      to,
      cursor: filters.cursor,
    }),
    getWorkspacePlan({ workspaceId: ctx.workspace.id }),
  ]);
  const olderQuery = new URLSearchParams(
    Object.entries({ action: filters.action, actor: filters.actor, from: filters.from, to: filters.to, cursor: page.nextCursor ?? undefined }).filter((e): e is [string, string] => Boolean(e[1])),
  );
  const now = new Date();

  return (
    <div className="mx-auto max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <header className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">Audit log</h1>
          <p className="mt-1 text-slate-600">Security-relevant changes in {ctx.workspace.name}, newest first. Times are in UTC.</p>
        </div>
        {canExportAuditLog(plan) ? (
          <a href="/api/audit/export" download className="rounded-lg bg-white px-3 py-2 text-sm font-semibold text-slate-800 shadow-sm ring-1 ring-slate-300 hover:bg-slate-50" data-testid="audit-export">Download CSV</a>
        ) : (
          <p className="max-w-xs text-sm text-slate-600" data-testid="audit-export-upgrade">
            {auditLogExportUpgradeMessage} <Link href="/billing" className="font-semibold text-blue-700 underline">See plans</Link>
          </p>
        )}
      </header>

      <form method="get" className="grid gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-5 sm:items-end">
        <div>
          <label htmlFor="filter-action" className={labelClass}>Event</label>
          <select id="filter-action" name="action" defaultValue={filters.action ?? ''} className={`mt-1 ${inputClass}`}>
            <option value="">All events</option>
            {auditActionGroups.map((g) => <option key={g.value} value={g.value}>{g.label}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-actor" className={labelClass}>Member</label>
          <select id="filter-actor" name="actor" defaultValue={filters.actor ?? ''} className={`mt-1 ${inputClass}`}>
            <option value="">Anyone</option>
            {members.map((m) => <option key={m.userId} value={m.userId}>{m.name}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className={labelClass}>From</label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.from ?? ''} className={`mt-1 ${inputClass}`} />
        </div>
        <div>
          <label htmlFor="filter-to" className={labelClass}>To</label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.to ?? ''} className={`mt-1 ${inputClass}`} />
        </div>
        <div className="flex gap-2">
          <button type="submit" className="flex-1 rounded-lg bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-brand-700">Filter</button>
          <Link href="/audit" className="rounded-lg px-3 py-2 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">Clear</Link>
        </div>
      </form>

      <section aria-label="Audit entries" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {page.entries.length === 0 ? (
          <p className="p-6 text-sm text-slate-600">{filters.cursor ? 'No older entries.' : 'Nothing matches these filters.'}</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {page.entries.map((entry) => {
              const detail = describeAuditDetail(entry.metadata);
              return (
                <li key={entry.id} className="flex flex-col gap-1 px-5 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                  <div className="min-w-0">
                    <p className="text-sm">
                      <span className="font-semibold">{entry.actor ? entry.actor.name : 'System'}</span>{' '}
                      {describeAuditAction(entry.action)}
                      {detail ? <span className="text-slate-600"> · {detail}</span> : null}
                    </p>
                    <p className="truncate text-xs text-slate-500">
                      {entry.actor ? entry.actor.email : null}
                      {entry.ipAddress ? <> · IP {entry.ipAddress}</> : null}
                    </p>
                  </div>
                  <time dateTime={entry.createdAt.toISOString()} title={formatAbsolute(entry.createdAt)} className="shrink-0 text-xs text-slate-600">
                    {formatRelative(entry.createdAt, now)} <span className="text-slate-400">({formatAbsolute(entry.createdAt)})</span>
                  </time>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      {page.nextCursor ? (
        <div className="flex justify-center">
          <Link href={`/audit?${olderQuery.toString()}`} className="rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50">
            Load older
          </Link>
        </div>
      ) : null}
    </div>
  );
}
