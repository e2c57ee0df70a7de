'use client';
// The template picker's empty state: pull the number's approved templates from Meta now.
import { useActionState } from 'react';
import { syncTemplatesAction } from '@/app/(app)/inbox/actions';
import { initialActionResult } from '@/lib/actions/action-result';

export function SyncTemplatesButton({ conversationId }: { conversationId: string }) {
  const [state, formAction, pending] = useActionState(syncTemplatesAction, initialActionResult);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="conversationId" value={conversationId} />
      <button
        type="submit" disabled={pending}
        className="rounded-md bg-white px-2.5 py-1 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 disabled:opacity-60"
      >
        {pending ? 'Syncing…' : 'Sync templates'}
      </button>
      <span role="status" aria-live="polite" className={`text-sm ${state.ok ? 'text-emerald-700' : 'text-red-700'}`}>
        {state.ok ? state.message : state.error}
      </span>
    </form>
  );
}
