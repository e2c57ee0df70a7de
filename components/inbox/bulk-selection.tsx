'use client';
// The list's selection: a small client island around the server-rendered rows. Rows render a
// <RowCheckbox>; the toolbar acts on the selected ids of this page through one server action.
import { createContext, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { bulkConversationsAction } from '@/app/(app)/inbox/actions';
import type { ActionResult } from '@/lib/actions/action-result';
import { ActionStatus } from './action-status';
import { SnoozePicker } from './snooze-picker';
import { useReportedAction } from './use-reported-action';

type Selection = { selected: ReadonlySet<string>; toggle: (id: string, on: boolean) => void };
const SelectionContext = createContext<Selection | null>(null);

const button = 'inline-flex items-center rounded-md bg-white px-2.5 py-1 text-xs font-semibold text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 disabled:opacity-60';
const item = 'block w-full rounded-md px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';

export function BulkSelection({ pageIds, members, meId, children }: { pageIds: string[]; members: { id: string; name: string }[]; meId: string; children: ReactNode }) {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [result, setResult] = useState<ActionResult | null>(null);
  // Rows that left the page (live refresh, filters) drop out of the selection.
  const selected = useMemo(() => new Set(pageIds.filter((id) => chosen.has(id))), [pageIds, chosen]);
  const context = useMemo<Selection>(() => ({
    selected,
    toggle: (id, on) => setChosen((prev) => {
      const next = new Set(prev);
      if (on) next.add(id); else next.delete(id);
      return next;
    }),
  }), [selected]);
  const menus = useRef<HTMLDivElement>(null);
  const report = (r: ActionResult) => {
    setResult(r);
    if (r.ok) {
      setChosen(new Set());
      menus.current?.querySelectorAll('details[open]').forEach((d) => ((d as HTMLDetailsElement).open = false));
      setTimeout(() => setResult((current) => (current === r ? null : current)), 5000);
    }
  };
  const all = pageIds.length > 0 && selected.size === pageIds.length;
  const ids = [...selected];

  return (
    <SelectionContext.Provider value={context}>
      {pageIds.length > 0 ? (
        <div ref={menus} role="toolbar" aria-label="Bulk actions" className="flex flex-wrap items-center gap-2 border-b border-slate-200 bg-slate-50 px-4 py-2">
          <label className="inline-flex items-center gap-2 text-xs font-medium text-slate-700">
            <input
              type="checkbox"
              checked={all}
              ref={(el) => { if (el) el.indeterminate = selected.size > 0 && !all; }}
              onChange={(e) => setChosen(e.target.checked ? new Set(pageIds) : new Set())}
              className="h-4 w-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
            />
            {selected.size > 0 ? `${selected.size} selected` : 'Select all on this page'}
          </label>
          {selected.size > 0 ? (
            <>
              <BulkForm ids={ids} report={report} fields={{}}>
                <button type="submit" name="action" value="close" className={button}>Close</button>
                <button type="submit" name="action" value="reopen" className={button}>Reopen</button>
                <button type="submit" name="action" value="mark_read" className={button}>Mark read</button>
              </BulkForm>
              <Menu label="Assign to…">
                <BulkForm ids={ids} report={report} fields={{ action: 'assign' }}>
                  <button type="submit" name="assigneeId" value={meId} className={item}>Me</button>
                  {members.filter((m) => m.id !== meId).map((m) => <button key={m.id} type="submit" name="assigneeId" value={m.id} className={item}>{m.name}</button>)}
                  <button type="submit" name="assigneeId" value="" className={item}>Unassign</button>
                </BulkForm>
              </Menu>
              <Menu label="Snooze…">
                <BulkForm ids={ids} report={report} fields={{ action: 'snooze' }}>
                  <SnoozePicker statusField={false} />
                </BulkForm>
              </Menu>
              <button type="button" onClick={() => setChosen(new Set())} className="text-xs font-semibold text-slate-600 underline hover:text-slate-900">Clear</button>
            </>
          ) : null}
          <ActionStatus result={result} className="w-full" />
        </div>
      ) : null}
      {children}
    </SelectionContext.Provider>
  );
}

/** The row's checkbox, outside the row's link so clicking it never opens the conversation. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const selection = useContext(SelectionContext);
  if (!selection) return null;
  return (
    <label className="flex shrink-0 cursor-pointer items-center pl-3">
      <span className="sr-only">Select {label}</span>
      <input
        type="checkbox"
        checked={selection.selected.has(id)}
        onChange={(e) => selection.toggle(id, e.target.checked)}
        className="h-4 w-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600"
      />
    </label>
  );
}

function BulkForm({ ids, report, fields, children }: { ids: string[]; report: (r: ActionResult) => void; fields: Record<string, string>; children: ReactNode }) {
  const [, formAction, pending] = useReportedAction(bulkConversationsAction, report);
  return (
    <form action={formAction} aria-busy={pending} className="contents">
      {ids.map((id) => <input key={id} type="hidden" name="ids" value={id} />)}
      {Object.entries(fields).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}
      <fieldset disabled={pending} className="contents">{children}</fieldset>
    </form>
  );
}

function Menu({ label, children }: { label: string; children: ReactNode }) {
  return (
    <details className="relative" onKeyDown={(e) => { if (e.key === 'Escape') (e.currentTarget as HTMLDetailsElement).open = false; }}>
      <summary className={`${button} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>{label}</summary>
      <div className="absolute left-0 z-20 mt-1 max-h-72 w-60 overflow-y-auto rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-200">{children}</div>
    </details>
  );
}
