'use server';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { sendReplySchema } from '@/lib/inbox/send-reply.schema';
import { sendOperatorReply } from '@/lib/inbox/send-operator-reply';
import { requireWorkspace } from '@/lib/workspaces/context';

// ── Composer (issue 5): send a reply ───────────────────────────────────────────────────────────
// The inbox page refreshes itself from the realtime events the send records, so no revalidatePath.
export async function sendReplyAction(_prev: ActionResult<{ messageId: string }>, formData: FormData): Promise<ActionResult<{ messageId: string }>> {
  return runAction(sendReplySchema, formData, async (input) => {
    const ctx = await requireWorkspace('inbox.use');
    const result = await sendOperatorReply({ ctx, input });
    return { ok: true, data: { messageId: result.messageId }, message: result.duplicate ? 'Already sent.' : 'Sent.' };
  });
}
// ── end composer ───────────────────────────────────────────────────────────────────────────────
