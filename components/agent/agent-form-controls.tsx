'use client';
// The small controlled inputs the /agent settings form and its sections share: every field gets a
// label, its hint and its errors (by settings path) wired through aria-describedby.
import { useId, useState, type ReactNode } from 'react';
import { FieldNotes, fieldDescribedBy } from '@/components/ui/form-field';
import { inputClass, labelClass } from '@/components/ui/form-status';
import type { AgentSettingsFormState } from '@/lib/agent/agent-settings-form-state';

export const buttonClass = 'inline-flex items-center justify-center rounded-lg px-3 py-1.5 text-xs font-semibold shadow-sm ring-1 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600';
export const addButtonClass = `${buttonClass} bg-white text-slate-900 ring-slate-300 hover:bg-slate-50 disabled:opacity-50`;
export const removeButtonClass = `${buttonClass} mt-3 bg-white text-red-700 ring-red-300 hover:bg-red-50`;

/** What every form section receives from AgentSettingsForm. */
export type SectionProps = {
  state: AgentSettingsFormState;
  update: (mutate: (draft: AgentSettingsFormState) => void) => void;
  /** id + errors for the field at a settings path ("channelOverrides.0.channelId"). */
  field: (path: string) => { id: string; errors?: string[] };
  errors: Record<string, string[]>;
  /** Moves focus to the field at a path after the next render (a newly added row). */
  focusLater: (path: string) => void;
};

export function Section({ title, description, children, anchor }: { title: string; description?: ReactNode; children: ReactNode; anchor?: string }) {
  const id = useId();
  return (
    <section id={anchor} aria-labelledby={id} className="scroll-mt-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <h2 id={id} className="font-semibold">{title}</h2>
      {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

/** A list-level error ("At most 50 channel overrides.") shown above the rows. */
export function ListError({ errors }: { errors?: string[] }) {
  return errors?.length ? <p className="text-sm text-red-700">{errors.join(' ')}</p> : null;
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="rounded-lg bg-slate-50 px-3 py-4 text-sm text-slate-600">{children}</p>;
}

type FieldProps = { id: string; label: string; errors?: string[]; hint?: string; className?: string };

export function TextInput({ id, label, errors, hint, className = '', value, onChange, ...input }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'id'>) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <input
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, errors)}
        className={`mt-1 shadow-sm disabled:bg-slate-50 disabled:text-slate-400 ${inputClass}`}
        {...input}
      />
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function TextArea({ id, label, errors, hint, className = '', value, onChange, rows, maxLength }: FieldProps & { value: string; onChange: (value: string) => void; rows: number; maxLength: number }) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <textarea
        id={id}
        rows={rows}
        maxLength={maxLength}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, errors)}
        className={`mt-1 shadow-sm ${inputClass}`}
      />
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function Select({ id, label, errors, hint, className = '', value, onChange, options }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, errors)}
        className={`mt-1 shadow-sm ${inputClass}`}
      >
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

export function Checkbox({ id, label, hint, checked, onChange }: { id: string; label: string; hint?: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} className="mt-0.5 size-4 rounded border-slate-300 text-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600" />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-slate-700">{label}</label>
        {hint ? <p id={`${id}-hint`} className="text-xs text-slate-500">{hint}</p> : null}
      </div>
    </div>
  );
}

/** "refund, complaint\nlawyer" → ["refund", "complaint", "lawyer"] (empties dropped; the schema also dedupes). */
export function parsePhraseList(text: string): string[] {
  return text.split(/[,\n]/).map((item) => item.trim()).filter(Boolean);
}

/**
 * A phrase list edited as free text (comma- or newline-separated). The typed text is kept locally
 * so a trailing comma or blank line survives while typing; the settings get the parsed list. When
 * the list changes from outside (a restored version), the text is rebuilt from it.
 */
export function PhraseListInput({ id, label, errors, hint, className = '', value, onChange, placeholder }: FieldProps & {
  value: string[];
  onChange: (value: string[]) => void;
  placeholder?: string;
}) {
  const [text, setText] = useState(value.join('\n'));
  const [emitted, setEmitted] = useState(value);
  if (value !== emitted && JSON.stringify(value) !== JSON.stringify(parsePhraseList(text))) {
    setEmitted(value);
    setText(value.join('\n'));
  }
  // Errors for one entry arrive as "<path>.<index>": shown with the list's own errors.
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        placeholder={placeholder}
        onChange={(event) => {
          const next = parsePhraseList(event.target.value);
          setText(event.target.value);
          setEmitted(next);
          onChange(next);
        }}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={fieldDescribedBy(id, hint, errors)}
        className={`mt-1 shadow-sm ${inputClass}`}
      />
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}
