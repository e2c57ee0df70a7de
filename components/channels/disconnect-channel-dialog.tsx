'use client';
// Disconnect with an explicit confirmation step; "delete data now" is an opt-in checkbox.
import { useActionState, useRef } from 'react';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function DisconnectChannelDialog({ action, channelId, channelName, alreadyDisconnected }: {
  action: Action;
  channelId: string;
  channelName: string;
  alreadyDisconnected: boolean;
}) {
  const [state, formAction] = useActionState(action, initialActionResult);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = `disconnect-title-${channelId}`;
  return (
    <>
      <button
        type="button"
        onClick={() => dialog.current?.showModal()}
        className="rounded-lg bg-white px-3 py-1.5 text-xs font-semibold text-red-700 ring-1 ring-red-300 hover:bg-red-50"
      >
        {alreadyDisconnected ? 'Delete data now' : 'Disconnect'}
      </button>
      {state.ok && state.message ? <FormMessage state={state} /> : null}
      <dialog ref={dialog} aria-labelledby={titleId} className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl p-0 shadow-xl backdrop:bg-slate-900/40">
        <form action={formAction} onSubmit={() => setTimeout(() => dialog.current?.close(), 0)} className="space-y-4 p-6">
          <h2 id={titleId} className="text-lg font-semibold">{alreadyDisconnected ? `Delete the data of ${channelName}?` : `Disconnect ${channelName}?`}</h2>
          <input type="hidden" name="channelId" value={channelId} />
          {alreadyDisconnected ? (
            <>
              <p className="text-sm text-slate-700">Its contacts, conversations, messages and media will be deleted now. This cannot be undone.</p>
              <input type="hidden" name="deleteNow" value="on" />
            </>
          ) : (
            <>
              <p className="text-sm text-slate-700">
                Relaydesk stops receiving and sending its messages and removes its access at Meta. Its conversations stay readable for 30 days, then
                they are deleted.
              </p>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name="deleteNow" className="mt-0.5 h-4 w-4" />
                <span>Delete its contacts, conversations and media <strong>now</strong> instead. This cannot be undone.</span>
              </label>
            </>
          )}
          <FormMessage state={state.ok ? initialActionResult : state} />
          <div className="flex flex-wrap justify-end gap-2">
            <button type="button" onClick={() => dialog.current?.close()} className="rounded-lg px-4 py-2.5 text-sm font-semibold ring-1 ring-slate-300 hover:bg-slate-50">
              Cancel
            </button>
            <SubmitButton variant="danger" pendingLabel="Working…">{alreadyDisconnected ? 'Delete data' : 'Disconnect'}</SubmitButton>
          </div>
        </form>
      </dialog>
    </>
  );
}
