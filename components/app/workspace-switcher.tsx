'use client';
// Workspace switcher for the dashboard shell: pick a workspace and the session moves to it.
import Link from 'next/link';
import { useActionState, useId, useRef } from 'react';
import { switchWorkspaceAction } from '@/app/workspaces/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type WorkspaceOption = { id: string; name: string };

export function WorkspaceSwitcher({ current, workspaces }: { current: WorkspaceOption; workspaces: WorkspaceOption[] }) {
  const [state, formAction, pending] = useActionState(switchWorkspaceAction, initialActionResult);
  const formRef = useRef<HTMLFormElement>(null);
  // The shell renders two switchers (sidebar, phone menu): each needs its own id.
  const selectId = useId();
  return (
    <div className="w-full min-w-0">
      {/* Keyed by the current workspace so the select shows the server's choice after a switch. */}
      <form key={current.id} ref={formRef} action={formAction} className="flex items-center gap-2">
        <label htmlFor={selectId} className="sr-only">Workspace</label>
        <select
          id={selectId}
          name="workspaceId"
          defaultValue={current.id}
          disabled={pending}
          onChange={() => formRef.current?.requestSubmit()}
          className="block w-full min-w-0 truncate rounded-lg border-0 bg-white py-2 pl-3 pr-8 text-sm font-semibold text-slate-900 ring-1 ring-inset ring-slate-300 focus:ring-2 focus:ring-brand-600 disabled:opacity-60"
        >
          {workspaces.map((w) => <option key={w.id} value={w.id}>{w.name}</option>)}
        </select>
        {/* Without JavaScript the change handler never runs; this button submits instead. */}
        <noscript><SubmitButton size="sm" variant="secondary">Switch</SubmitButton></noscript>
      </form>
      <FormMessage state={state} />
      <Link href="/workspaces/new" className="mt-1 inline-block text-xs font-semibold text-brand-700 hover:underline">+ New workspace</Link>
    </div>
  );
}
