'use client';
// The template picker's empty state: pull the number's approved templates from Meta now. A plain
// button (not a nested <form>): the picker sits inside the composer's form.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { syncTemplatesAction } from '@/app/(app)/inbox/actions';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';

export function SyncTemplatesButton({ conversationId }: { conversationId: string }) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const sync = () =>
    startTransition(async () => {
      const form = new FormData();
      form.set('conversationId', conversationId);
      const next = await syncTemplatesAction(initialActionResult, form);
      setResult(next);
      if (next.ok) router.refresh();
    });
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2">
      <button
        type="button" onClick={sync} disabled={pending}
        className="rounded-md bg-white px-2.5 py-1 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
      >
        {pending ? 'Syncing…' : 'Sync templates'}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${result?.ok ? 'text-emerald-700' : 'text-red-700'}`}>
        {result ? (result.ok ? result.message : result.error) : ''}
      </span>
    </div>
  );
}
