'use server';
// Thread view actions: mark a conversation read when an operator opens it, retry a failed send.
// In a private folder (`_thread`) so they sit apart from the other inbox actions; the
// cross-tenant probe still finds and probes them.
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { markConversationRead } from '@/lib/inbox/mark-conversation-read';
import { retryFailedMessage } from '@/lib/inbox/retry-failed-message';
import { requireWorkspace } from '@/lib/workspaces/context';
import { conversationIdSchema, messageIdSchema } from './thread.schema';

export async function markConversationReadAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(conversationIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await markConversationRead({ ctx, conversationId: values.conversationId });
    // No revalidatePath: the recorded event makes every open inbox (this one too) refresh.
    return { ok: true };
  });
}

export async function retryFailedMessageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(messageIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await retryFailedMessage({ ctx, messageId: values.messageId });
    return { ok: true, message: 'Sending again…' };
  });
}
