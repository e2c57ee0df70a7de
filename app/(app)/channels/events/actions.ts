'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { replayAllDeadWorkspaceWebhookEvents, replayWorkspaceWebhookEvent } from '@/lib/meta/webhooks/replay-workspace-webhook-events';
import { requireWorkspace } from '@/lib/workspaces/context';
import { replayAllDeadSchema, replayEventSchema } from './events.schema';

export async function replayEventAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(replayEventSchema, formData, async (values) => {
    const ctx = await requireWorkspace('channels.manage');
    await replayWorkspaceWebhookEvent({ ctx, eventId: values.eventId });
    revalidatePath('/channels/events');
    return { ok: true, message: 'Event queued again.' };
  });
}

export async function replayAllDeadEventsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(replayAllDeadSchema, formData, async () => {
    const ctx = await requireWorkspace('channels.manage');
    const result = await replayAllDeadWorkspaceWebhookEvents({ ctx });
    revalidatePath('/channels/events');
    return { ok: true, message: `${result.requeued} event(s) queued again.` };
  });
}
