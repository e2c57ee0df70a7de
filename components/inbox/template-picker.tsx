'use client';
// WhatsApp outside 24 h: pick an approved template, fill its {{n}} variables, see the filled preview.
import { useId } from 'react';
import type { ComposerTemplate } from '@/lib/inbox/get-composer-state';
import { SyncTemplatesButton } from './sync-templates-button';

export type TemplateChoice = { key: string; variables: string[] };
export const templateKey = (t: Pick<ComposerTemplate, 'name' | 'language'>) => `${t.name}|${t.language}`;

export function TemplatePicker({ conversationId, templates, value, onChange, disabled }: {
  conversationId: string; templates: ComposerTemplate[]; value: TemplateChoice; onChange: (value: TemplateChoice) => void; disabled?: boolean;
}) {
  const id = useId();
  if (templates.length === 0) {
    return (
      <div className="rounded-md bg-white px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-200">
        <p>No approved templates are stored for this number. Sync them from WhatsApp, or create one in WhatsApp Manager first.</p>
        <SyncTemplatesButton conversationId={conversationId} />
      </div>
    );
  }
  const selected = templates.find((t) => templateKey(t) === value.key) ?? null;
  const preview = selected
    ? selected.body.replace(/\{\{\s*(\d+)\s*\}\}/g, (m, n: string) => value.variables[Number(n) - 1]?.trim() || `{{${n}}}`)
    : '';
  return (
    <fieldset className="space-y-2" disabled={disabled}>
      <legend className="sr-only">Approved template</legend>
      <label htmlFor={`${id}-template`} className="block text-xs font-semibold text-slate-700">Approved template</label>
      <select
        id={`${id}-template`} value={value.key}
        onChange={(e) => {
          const next = templates.find((t) => templateKey(t) === e.target.value);
          onChange({ key: e.target.value, variables: Array.from({ length: next?.variableCount ?? 0 }, () => '') });
        }}
        className="block w-full rounded-md border-0 bg-white px-2 py-1.5 text-sm ring-1 ring-slate-300 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <option value="">Choose a template…</option>
        {templates.map((t) => (
          <option key={templateKey(t)} value={templateKey(t)}>{t.name} · {t.language}{t.category ? ` · ${t.category.toLowerCase()}` : ''}</option>
        ))}
      </select>
      {selected ? (
        <>
          {selected.variableCount > 0 ? (
            <div className="grid gap-2 sm:grid-cols-2">
              {Array.from({ length: selected.variableCount }, (_, i) => (
                <div key={i}>
                  <label htmlFor={`${id}-var-${i}`} className="block text-xs font-medium text-slate-700">{`Variable {{${i + 1}}}`}</label>
                  <input
                    id={`${id}-var-${i}`} value={value.variables[i] ?? ''} required maxLength={1024}
                    onChange={(e) => onChange({ key: value.key, variables: value.variables.map((v, j) => (j === i ? e.target.value : v)) })}
                    className="block w-full rounded-md border-0 px-2 py-1.5 text-sm ring-1 ring-slate-300 focus-visible:outline-2 focus-visible:outline-brand-600"
                  />
                </div>
              ))}
            </div>
          ) : null}
          <div>
            <p className="text-xs font-semibold text-slate-700">Preview <span className="font-normal text-slate-500">({selected.language})</span></p>
            <p aria-label="Template preview" className="mt-1 whitespace-pre-wrap rounded-lg bg-emerald-50 px-3 py-2 text-sm text-slate-900 ring-1 ring-emerald-200">{preview}</p>
          </div>
        </>
      ) : null}
    </fieldset>
  );
}
