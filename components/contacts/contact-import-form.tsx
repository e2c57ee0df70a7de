'use client';
// CSV import in two steps: choose a file → Preview (nothing is written; every row says what it
// would do or why it cannot) → Import. The file is read in the browser and sent as text, so
// the preview and the commit get exactly the same bytes.
import { startTransition, useActionState, useState } from 'react';
import { importContactsAction } from '@/app/(app)/contacts/actions';
import { inputClass, labelClass } from '@/components/ui/form-status';
import { FormMessage } from '@/components/ui/form-message';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/contacts/csv/contact-import-limits';
import type { ContactImportResult } from '@/lib/contacts/csv/import-contacts';

const actionLabel = { update: 'Update', create: 'Create', error: 'Skipped' } as const;
const actionStyle = { update: 'bg-sky-50 text-sky-800', create: 'bg-emerald-50 text-emerald-800', error: 'bg-red-50 text-red-800' } as const;

export function ContactImportForm({ whatsappChannels }: { whatsappChannels: { id: string; name: string }[] }) {
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState('');
  const [fileError, setFileError] = useState('');
  // Controlled: React resets uncontrolled fields after each action, and the commit must use the
  // channel the preview was made with.
  const [channelId, setChannelId] = useState('');
  const [state, dispatch, pending] = useActionState(importContactsAction, initialActionResult as ActionResult<ContactImportResult>);
  const [running, setRunning] = useState<'preview' | 'commit' | null>(null);
  // Sent from state, not as a form submission: React resets a form's fields after a form action,
  // which lost the chosen number between the preview and the commit.
  const run = (step: 'preview' | 'commit') => {
    const form = new FormData();
    form.set('csv', csv);
    if (channelId) form.set('channelId', channelId);
    form.set('step', step);
    setRunning(step);
    startTransition(() => dispatch(form));
  };
  const busy = pending ? running : null;
  const result = state.ok ? state.data : undefined;
  const previewed = result?.mode === 'preview';
  const committed = result?.mode === 'commit';

  async function onFile(file: File | undefined) {
    setFileError('');
    setCsv('');
    setFileName(file?.name ?? '');
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) {
      setFileError(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${Math.round(MAX_IMPORT_BYTES / 1024)} KB (about ${MAX_IMPORT_ROWS.toLocaleString('en')} rows). Split it into smaller files.`);
      return;
    }
    setCsv(await file.text());
  }

  return (
    <div className="space-y-5">
      <FormMessage state={state.ok ? { ok: true, message: committed ? `Imported: ${result!.counts.update} updated, ${result!.counts.create} created${result!.counts.error ? `, ${result!.counts.error} skipped` : ''}.` : undefined } : state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="import-file" className={labelClass}>CSV file</label>
          <input id="import-file" type="file" accept=".csv,text/csv" onChange={(e) => void onFile(e.target.files?.[0])} aria-describedby="import-file-hint" aria-invalid={fileError ? true : undefined}
            className="mt-1 block w-full text-sm text-slate-700 file:mr-3 file:rounded-lg file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-semibold hover:file:bg-slate-200" />
          <p id="import-file-hint" className="mt-1 text-xs text-slate-500">Columns: id, name, email, phone, notes and your contact field keys. Up to {MAX_IMPORT_ROWS.toLocaleString('en')} rows.</p>
          {fileError ? <p role="alert" className="mt-1 text-sm text-red-600">{fileError}</p> : null}
        </div>
        <div>
          <label htmlFor="import-channel" className={labelClass}>New contacts from phone numbers</label>
          <select id="import-channel" name="channelId" className={`mt-1 ${inputClass}`} value={channelId} onChange={(e) => setChannelId(e.target.value)} aria-describedby="import-channel-hint">
            <option value="">Only update existing contacts</option>
            {whatsappChannels.map((c) => <option key={c.id} value={c.id}>Create on WhatsApp · {c.name}</option>)}
          </select>
          <p id="import-channel-hint" className="mt-1 text-xs text-slate-500">Rows are matched by id, then email, then phone. Instagram and Messenger contacts cannot be created from a file: Meta issues their ids when they write first.</p>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        {csv ? <ModeButton mode="preview" primary={!previewed} busy={busy} onRun={run}>Preview {fileName}</ModeButton> : null}
      </div>
      {result ? <ImportResult result={result} /> : null}
      {previewed && csv && result.counts.update + result.counts.create > 0 ? (
        <ModeButton mode="commit" primary busy={busy} onRun={run}>Import {result.counts.update + result.counts.create === 1 ? '1 contact' : `${(result.counts.update + result.counts.create).toLocaleString('en')} contacts`}</ModeButton>
      ) : null}
    </div>
  );
}

/** Runs the preview or the commit; every button is disabled while one runs. */
function ModeButton({ mode, primary, busy, onRun, children }: { mode: 'preview' | 'commit'; primary: boolean; busy: 'preview' | 'commit' | null; onRun: (mode: 'preview' | 'commit') => void; children: React.ReactNode }) {
  const style = primary ? 'bg-brand-600 text-white hover:bg-brand-700' : 'bg-white text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50';
  return (
    <button type="button" onClick={() => onRun(mode)} disabled={!!busy} aria-disabled={!!busy}
      className={`inline-flex items-center rounded-lg px-4 py-2.5 text-sm font-semibold shadow-sm disabled:cursor-wait disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600 ${style}`}>
      {busy === mode ? (mode === 'preview' ? 'Checking…' : 'Importing…') : children}
    </button>
  );
}

function ImportResult({ result }: { result: ContactImportResult }) {
  const { counts } = result;
  return (
    <section aria-labelledby="import-result-title" className="space-y-3">
      <h2 id="import-result-title" className="font-semibold">{result.mode === 'preview' ? 'Preview — nothing has been saved yet' : 'Import finished'}</h2>
      <p className="text-sm text-slate-700">{counts.rows.toLocaleString('en')} rows: {counts.update} to update, {counts.create} to create, <span className={counts.error ? 'font-semibold text-red-700' : ''}>{counts.error} with errors (skipped)</span>.</p>
      <div className="overflow-x-auto rounded-xl ring-1 ring-slate-200">
        <table className="min-w-full divide-y divide-slate-200 bg-white text-sm">
          <caption className="sr-only">Rows of the file and what the import does with each</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
            <tr><th scope="col" className="px-3 py-2">Line</th><th scope="col" className="px-3 py-2">Contact</th><th scope="col" className="px-3 py-2">Result</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.rows.map((row) => (
              <tr key={row.line}>
                <td className="px-3 py-2 tabular-nums text-slate-500">{row.line}</td>
                <td className="max-w-56 truncate px-3 py-2 text-slate-900">{row.label}</td>
                <td className="px-3 py-2">
                  <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${actionStyle[row.action]}`}>{actionLabel[row.action]}</span>
                  {row.errors.length ? <span className="ml-2 text-red-700">{row.errors.join(' ')}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {counts.rows > result.rows.length ? <p className="text-xs text-slate-500">Showing {result.rows.length} of {counts.rows.toLocaleString('en')} rows, errors first.</p> : null}
    </section>
  );
}
