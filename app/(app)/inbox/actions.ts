'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { deleteContact } from '@/lib/contacts/delete-contact';
import { getRequestMeta } from '@/lib/http/request-meta';
import { deleteConversation } from '@/lib/inbox/delete-conversation';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { sendReplySchema } from '@/lib/inbox/send-reply.schema';
import { sendOperatorReply } from '@/lib/inbox/send-operator-reply';
import { syncConversationTemplates } from '@/lib/inbox/sync-conversation-templates';
import { requireWorkspace } from '@/lib/workspaces/context';
import { assignConversation } from '@/lib/inbox/assign-conversation';
import type { BulkAction } from '@/lib/inbox/bulk-actions';
import { bulkUpdateConversations } from '@/lib/inbox/bulk-update-conversations';
import { clearNeedsHuman } from '@/lib/inbox/clear-needs-human';
import { approveReplyDraft } from '@/lib/inbox/drafts/approve-reply-draft';
import { discardReplyDraft } from '@/lib/inbox/drafts/discard-reply-draft';
import { handBackConversation } from '@/lib/inbox/hand-back-conversation';
import { setAiHandling } from '@/lib/inbox/set-ai-handling';
import { setConversationStatus } from '@/lib/inbox/set-conversation-status';
import { takeOverConversation } from '@/lib/inbox/take-over-conversation';
import {
  approveDraftSchema, assignConversationSchema, bulkConversationsSchema, conversationIdSchema, draftIdSchema, setAiHandlingSchema, setConversationStatusSchema,
} from './conversation-actions.schema';

// ── Composer (issue 5): send a reply ───────────────────────────────────────────────────────────
// The inbox page refreshes itself from the realtime events the send records, so no revalidatePath.
export async function sendReplyAction(_prev: ActionResult<{ messageId: string }>, formData: FormData): Promise<ActionResult<{ messageId: string }>> {
  return runAction(sendReplySchema, formData, async (input) => {
    const ctx = await requireWorkspace('inbox.use');
    const result = await sendOperatorReply({ ctx, input });
    return { ok: true, data: { messageId: result.messageId }, message: result.duplicate ? 'Already sent.' : 'Sent.' };
  });
}
export async function syncTemplatesAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(conversationIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    const { approved } = await syncConversationTemplates({ ctx, conversationId: values.conversationId });
    revalidatePath('/inbox');
    return approved > 0
      ? { ok: true, message: `${approved} approved template${approved === 1 ? '' : 's'} ready.` }
      : { ok: false, error: 'Meta has no approved templates for this number yet. Create one in WhatsApp Manager and wait for approval.' };
  });
}
// ── end composer ───────────────────────────────────────────────────────────────────────────────

// ── Handling, assignment, status, AI drafts, bulk actions ────────────────────────────────

export async function takeOverAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(conversationIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    const result = await takeOverConversation({ ctx, conversationId: values.conversationId });
    revalidatePath('/inbox');
    // Losing a race is not an error: the conversation is with a human either way.
    return { ok: true, message: result.changed || result.takenOverById === ctx.user.id ? 'You are handling this conversation. The AI will not reply.' : 'Someone else took this conversation over just now.' };
  });
}

export async function setAiHandlingAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(setAiHandlingSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await setAiHandling({ ctx, conversationId: values.conversationId, handling: values.handling });
    revalidatePath('/inbox');
    return { ok: true, message: values.handling === 'ai_auto' ? 'The AI now sends its replies in this conversation.' : 'The AI now drafts replies for your approval in this conversation.' };
  });
}

export async function handBackAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(conversationIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await handBackConversation({ ctx, conversationId: values.conversationId });
    revalidatePath('/inbox');
    return { ok: true, message: 'Handed back to the AI.' };
  });
}

export async function assignConversationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(assignConversationSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await assignConversation({ ctx, conversationId: values.conversationId, assigneeId: values.assigneeId });
    revalidatePath('/inbox');
    return { ok: true, message: values.assigneeId ? 'Assigned.' : 'Unassigned.' };
  });
}

const statusMessage = { open: 'Reopened.', pending: 'Marked as pending.', snoozed: 'Snoozed.', closed: 'Closed.' } as const;

export async function setConversationStatusAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(setConversationStatusSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await setConversationStatus({ ctx, conversationId: values.conversationId, status: values.status, snoozedUntil: values.snoozedUntil ?? null });
    revalidatePath('/inbox');
    return { ok: true, message: statusMessage[values.status] };
  });
}

export async function clearNeedsHumanAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(conversationIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await clearNeedsHuman({ ctx, conversationId: values.conversationId });
    revalidatePath('/inbox');
    return { ok: true, message: 'Flag cleared.' };
  });
}

export async function approveDraftAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(approveDraftSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    const result = await approveReplyDraft({ ctx, draftId: values.draftId, text: values.text });
    // No revalidatePath: re-rendering the inbox inside this response kept the button "Sending…"
    // for seconds. The editor refreshes the page itself, other tabs get the recorded event.
    return { ok: true, message: result.sender === 'ai' ? 'Approved — the AI reply is on its way.' : 'Sent as you.' };
  });
}

export async function discardDraftAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(draftIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await discardReplyDraft({ ctx, draftId: values.draftId });
    // The editor refreshes the page itself (see approveDraftAction).
    return { ok: true, message: 'Draft discarded.' };
  });
}

const bulkVerb: Record<BulkAction, string> = { close: 'Closed', reopen: 'Reopened', assign: 'Assigned', snooze: 'Snoozed', mark_read: 'Marked as read' };

export async function bulkConversationsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(bulkConversationsSchema, formData, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    const result = await bulkUpdateConversations({ ctx, ids: values.ids, action: values.action, assigneeId: values.assigneeId ?? null, snoozedUntil: values.snoozedUntil ?? null });
    revalidatePath('/inbox');
    const n = result.changed;
    const skipped = result.requested - n;
    return { ok: true, message: `${bulkVerb[values.action]} ${n} conversation${n === 1 ? '' : 's'}${skipped ? ` (${skipped} unchanged)` : ''}.` };
  });
}
// ── end: handling, assignment, status, AI drafts, bulk actions ───────────────────────────

// ── Deleting a conversation or a contact for good (owners and admins), from the contact panel ──
const deleteConversationSchema = z.strictObject({ conversationId: z.uuid() });
const deleteContactSchema = z.strictObject({ contactId: z.uuid() });

export async function deleteConversationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await runAction(deleteConversationSchema, formData, async (values) => {
    const ctx = await requireWorkspace('data.delete');
    await deleteConversation({ ctx, conversationId: values.conversationId, meta: await getRequestMeta() });
  });
  if (result.ok) redirect('/inbox?deleted=conversation');
  return result;
}

export async function deleteContactAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await runAction(deleteContactSchema, formData, async (values) => {
    const ctx = await requireWorkspace('data.delete');
    await deleteContact({ ctx, contactId: values.contactId, meta: await getRequestMeta() });
  });
  if (result.ok) redirect('/inbox?deleted=contact');
  return result;
}
