'use client';
import { useState } from 'react';

/** Copies a value to the clipboard and says so (politely, for screen readers). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(value);
          setCopied('yes');
        } catch {
          setCopied('no');
        }
        setTimeout(() => setCopied(null), 2000);
      }}
      className="shrink-0 rounded-md px-1.5 py-0.5 text-xs font-semibold text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <span aria-live="polite">{copied === 'yes' ? 'Copied' : copied === 'no' ? 'Copy failed' : 'Copy'}</span>
      <span className="sr-only"> {label}</span>
    </button>
  );
}
