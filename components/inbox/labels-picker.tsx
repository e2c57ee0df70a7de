'use client';
// Applied labels as chips and a popover of checkboxes (search to narrow; admins can create a
// label inline). Each toggle is saved at once and shown optimistically.
import { useEffect, useId, useMemo, useOptimistic, useRef, useState, useTransition } from 'react';
import { createLabelAction, toggleConversationLabelAction } from '@/app/(app)/settings/labels/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { labelPalette } from '@/lib/inbox/labels/label.schema';

type Label = { id: string; name: string; color: string };

export function LabelsPicker({ conversationId, labels, appliedIds, canCreate }: { conversationId: string; labels: Label[]; appliedIds: string[]; canCreate: boolean }) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const [pending, startTransition] = useTransition();
  const [applied, setOptimistic] = useOptimistic(appliedIds, (current: string[], change: { id: string; on: boolean }) =>
    change.on ? [...current.filter((id) => id !== change.id), change.id] : current.filter((id) => id !== change.id));
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!open) return;
    searchRef.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const visible = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? labels.filter((l) => l.name.toLowerCase().includes(q)) : labels;
  }, [labels, query]);
  const exact = labels.some((l) => l.name.toLowerCase() === query.trim().toLowerCase());

  const toggle = (label: Label, on: boolean) => {
    startTransition(async () => {
      setOptimistic({ id: label.id, on });
      const form = new FormData();
      form.set('conversationId', conversationId);
      form.set('labelId', label.id);
      form.set('applied', String(on));
      const result = await toggleConversationLabelAction(initialActionResult, form);
      setStatus(result.ok ? `${label.name} ${on ? 'applied' : 'removed'}.` : result.error);
    });
  };

  const create = () => {
    const name = query.trim();
    if (!name) return;
    startTransition(async () => {
      const form = new FormData();
      form.set('name', name);
      form.set('color', labelPalette[(labels.length * 3) % labelPalette.length]!.value);
      form.set('conversationId', conversationId);
      const result = await createLabelAction(initialActionResult, form);
      setStatus(result.ok ? `Label "${name}" created and applied.` : (result.fieldErrors?.name?.[0] ?? result.error));
      if (result.ok) setQuery('');
    });
  };

  const chips = labels.filter((l) => applied.includes(l.id));
  return (
    <div ref={rootRef} onKeyDown={(e) => { if (e.key === 'Escape' && open) { setOpen(false); e.stopPropagation(); } }}>
      <div className="flex flex-wrap items-center gap-1.5">
        {chips.length === 0 ? <span className="text-sm text-slate-500">No labels</span> : null}
        {chips.map((l) => (
          <span key={l.id} className="inline-flex items-center gap-1.5 rounded-full bg-white px-2 py-0.5 text-xs font-medium text-slate-800 ring-1 ring-slate-300">
            <span aria-hidden className="h-2 w-2 rounded-full" style={{ backgroundColor: l.color }} />{l.name}
          </span>
        ))}
        <button
          type="button"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((v) => !v)}
          data-shortcut="label"
          className="rounded-full px-2 py-0.5 text-xs font-semibold text-brand-700 ring-1 ring-brand-200 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          Edit labels
        </button>
      </div>
      <p role="status" aria-live="polite" className="sr-only">{status}</p>
      {open ? (
        // In the flow of the contact panel, not a popover: the panel is a narrow scrolling column
        // (and a slide-over on phones), whose overflow clipped an absolutely placed popover.
        <div id={panelId} role="group" aria-label="Apply labels" className="mt-2 rounded-xl bg-white p-2 shadow-sm ring-1 ring-slate-200">
          <label htmlFor={`${panelId}-search`} className="sr-only">Search labels</label>
          <input
            ref={searchRef}
            id={`${panelId}-search`}
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); if (canCreate && !exact) create(); } }}
            placeholder={canCreate ? 'Search or create…' : 'Search labels…'}
            autoComplete="off"
            className="block w-full rounded-lg border-0 px-3 py-1.5 text-sm ring-1 ring-slate-300 ring-inset focus:ring-2 focus:ring-brand-600"
          />
          <ul className="mt-2 max-h-60 overflow-y-auto" aria-busy={pending}>
            {visible.map((l) => (
              <li key={l.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded-lg px-2 py-1.5 text-sm hover:bg-slate-50 has-focus-visible:bg-slate-50">
                  <input type="checkbox" checked={applied.includes(l.id)} onChange={(e) => toggle(l, e.target.checked)} className="h-4 w-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600" />
                  <span aria-hidden className="h-2.5 w-2.5 rounded-full" style={{ backgroundColor: l.color }} />
                  <span className="truncate">{l.name}</span>
                </label>
              </li>
            ))}
            {visible.length === 0 ? <li className="px-2 py-1.5 text-sm text-slate-500">{labels.length ? 'No label matches.' : 'No labels yet.'}</li> : null}
          </ul>
          {canCreate && query.trim() && !exact ? (
            <button type="button" onClick={create} disabled={pending} className="mt-1 w-full rounded-lg px-2 py-1.5 text-left text-sm font-semibold text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60">
              Create label &ldquo;{query.trim()}&rdquo;
            </button>
          ) : null}
          {status ? <p className="mt-1 px-2 text-xs text-slate-600" aria-hidden>{status}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
