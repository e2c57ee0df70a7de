'use client';
import { useActionState } from 'react';
import { retryFailedMessageAction } from '@/app/(app)/inbox/_thread/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { SubmitButton } from '@/components/ui/submit-button';

/** "Retry" under a failed outgoing message: queues it again (the send job re-checks everything). */
export function RetryButton({ messageId }: { messageId: string }) {
  const [state, action] = useActionState(retryFailedMessageAction, initialActionResult);
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton size="sm" variant="danger" pendingLabel="Retrying…">Retry</SubmitButton>
      <span role="status" aria-live="polite" className={`text-xs ${state.ok ? 'text-slate-600' : 'text-red-700'}`}>
        {state.ok ? state.message : state.error}
      </span>
    </form>
  );
}
