'use client';
// Preset and custom snooze times; writes the chosen instant into the form's hidden
// `snoozedUntil` field just before the form submits.
import { useId, useRef, useState } from 'react';
import { localInputToIso, snoozePresets } from './snooze-presets';

const item = 'block w-full rounded-md px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600';

export function SnoozePicker({ statusField = true }: { statusField?: boolean }) {
  const hidden = useRef<HTMLInputElement>(null);
  const [custom, setCustom] = useState('');
  const id = useId();
  const set = (iso: string | null) => { if (hidden.current) hidden.current.value = iso ?? ''; };
  return (
    <div role="group" aria-label="Snooze until">
      {statusField ? <input type="hidden" name="status" value="snoozed" /> : null}
      <input ref={hidden} type="hidden" name="snoozedUntil" defaultValue="" />
      {snoozePresets.map((preset) => (
        <button key={preset.id} type="submit" className={item} onClick={() => set(preset.at(new Date()).toISOString())}>{preset.label}</button>
      ))}
      <div className="mt-1 flex items-end gap-1.5 border-t border-slate-100 px-3 pt-2">
        <label htmlFor={id} className="min-w-0 flex-1 text-xs text-slate-600">
          Until
          <input id={id} type="datetime-local" value={custom} onChange={(e) => setCustom(e.target.value)} className="mt-0.5 block w-full rounded-md border border-slate-300 px-2 py-1 text-sm text-slate-900" />
        </label>
        <button type="submit" disabled={!custom} onClick={() => set(localInputToIso(custom))} className="rounded-md bg-brand-600 px-2.5 py-1.5 text-xs font-semibold text-white hover:bg-brand-700 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
          Snooze
        </button>
      </div>
    </div>
  );
}
