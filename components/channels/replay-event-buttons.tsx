'use client';
import { useActionState } from 'react';
import { replayAllDeadEventsAction, replayEventAction } from '@/app/(app)/channels/events/actions';
import { initialActionResult } from '@/lib/actions/action-result';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';

export function ReplayEventButton({ eventId }: { eventId: string }) {
  const [state, action] = useActionState(replayEventAction, initialActionResult);
  return (
    <form action={action} className="space-y-1">
      <input type="hidden" name="eventId" value={eventId} />
      <SubmitButton size="sm" variant="secondary" pendingLabel="Queuing…">Replay</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ReplayAllDeadButton({ count }: { count: number }) {
  const [state, action] = useActionState(replayAllDeadEventsAction, initialActionResult);
  return (
    <form action={action} className="space-y-2">
      <SubmitButton pendingLabel="Queuing…">{`Replay all dead (${count})`}</SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
