'use client';
// "Restore" for one version in the agent settings history: asks first, then saves a copy of
// that version as the newest one (the edited version goes along, so a stale page gets a conflict).
import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialActionResult, type ActionResult } from '@/lib/actions/action-result';

type RollbackAction = (prev: ActionResult<{ version: number }>, formData: FormData) => Promise<ActionResult<{ version: number }>>;

export function RestoreVersionButton({ action, version, currentVersion }: { action: RollbackAction; version: number; currentVersion: number }) {
  const [state, formAction] = useActionState(action, initialActionResult as ActionResult<{ version: number }>);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(`Restore version ${version}? It is saved as a new version; unsaved edits in the form above are discarded.`)) event.preventDefault();
      }}
      className="flex flex-col items-start gap-1 sm:items-end"
    >
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="expectedVersion" value={currentVersion} />
      <SubmitButton size="sm" variant="secondary" pendingLabel="Restoring…">
        Restore<span className="sr-only"> version {version}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
