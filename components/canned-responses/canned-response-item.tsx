'use client';
// One canned response in the settings list: shown, or edited in place; delete asks first.
import { useActionState, useState } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { CannedResponseForm } from './canned-response-form';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function CannedResponseItem({ item, canManage, updateAction, deleteAction }: {
  item: { id: string; shortcut: string; body: string }; canManage: boolean; updateAction: Action; deleteAction: Action;
}) {
  const [editing, setEditing] = useState(false);
  const [deleteState, deleteFormAction] = useActionState(deleteAction, initialActionResult);
  if (editing) {
    return (
      <li className="p-4">
        <CannedResponseForm action={updateAction} item={item} idPrefix={`edit-${item.id}`} submitLabel="Save changes" onDone={() => setEditing(false)} />
        <button type="button" onClick={() => setEditing(false)} className="mt-2 text-sm font-semibold text-slate-700 underline">Cancel</button>
      </li>
    );
  }
  return (
    <li className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1">
        <p className="font-mono text-sm font-semibold text-slate-900">/{item.shortcut}</p>
        <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-700">{item.body}</p>
        {!deleteState.ok && deleteState.error ? <div className="mt-2"><FormMessage state={deleteState} /></div> : null}
      </div>
      {canManage ? (
        <div className="flex gap-2">
          <button type="button" onClick={() => setEditing(true)} className="rounded-lg px-3 py-1.5 text-xs font-semibold ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600" aria-label={`Edit /${item.shortcut}`}>Edit</button>
          <form action={deleteFormAction} onSubmit={(e) => { if (!confirm(`Delete /${item.shortcut}?`)) e.preventDefault(); }}>
            <input type="hidden" name="cannedResponseId" value={item.id} />
            <SubmitButton variant="danger" size="sm" pendingLabel="Deleting…"><span aria-label={`Delete /${item.shortcut}`}>Delete</span></SubmitButton>
          </form>
        </div>
      ) : null}
    </li>
  );
}
