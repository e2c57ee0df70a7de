'use client';
// Delete (after a confirmation) and Retry (failed files only) for one knowledge file.
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';

type FileAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function KnowledgeFileActions({ fileId, fileName, canRetry, deleteAction, retryAction }: {
  fileId: string;
  fileName: string;
  canRetry: boolean;
  deleteAction: FileAction;
  retryAction: FileAction;
}) {
  const [deleteState, deleteFormAction] = useActionState(deleteAction, initialActionResult as ActionResult);
  const [retryState, retryFormAction] = useActionState(retryAction, initialActionResult as ActionResult);
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex gap-2">
        {canRetry ? (
          <form action={retryFormAction}>
            <input type="hidden" name="fileId" value={fileId} />
            <SubmitButton size="sm" variant="secondary" pendingLabel="Retrying…">
              Retry<span className="sr-only"> {fileName}</span>
            </SubmitButton>
          </form>
        ) : null}
        <form
          action={deleteFormAction}
          onSubmit={(event) => {
            if (!window.confirm(`Delete ${fileName}? The agent stops using it immediately.`)) event.preventDefault();
          }}
        >
          <input type="hidden" name="fileId" value={fileId} />
          <SubmitButton size="sm" variant="danger" pendingLabel="Deleting…">
            Delete<span className="sr-only"> {fileName}</span>
          </SubmitButton>
        </form>
      </div>
      {!retryState.ok && retryState.error ? <FormMessage state={retryState} /> : null}
      {!deleteState.ok && deleteState.error ? <FormMessage state={deleteState} /> : null}
    </div>
  );
}
