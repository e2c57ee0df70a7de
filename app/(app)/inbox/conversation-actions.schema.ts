// Conversation actions (handling, assignment, status, drafts, bulk): shared by the forms in
// components/inbox and the server actions in ./actions.ts.
import { z } from 'zod';
import { BULK_MAX, bulkActions } from '@/lib/inbox/bulk-actions';
import { REPLY_DRAFT_MAX_CHARS } from '@/lib/inbox/drafts/reply-draft-limits';

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : value);

/** An instant with its offset (the browser converts its local time to ISO before submitting). */
const instantSchema = z.iso.datetime({ offset: true, message: 'Choose a date and time.' }).transform((value) => new Date(value));

export const conversationIdSchema = z.strictObject({ conversationId: z.uuid() });
export const setAiHandlingSchema = z.strictObject({ conversationId: z.uuid(), handling: z.enum(['ai_draft', 'ai_auto'], { message: 'Choose AI draft or AI auto-send.' }) });

export const assignConversationSchema = z.strictObject({
  conversationId: z.uuid(),
  /** Empty = unassign. */
  assigneeId: z.preprocess(blankToNull, z.uuid({ message: 'Choose a member.' }).nullable()),
});

export const setConversationStatusSchema = z.strictObject({
  conversationId: z.uuid(),
  status: z.enum(['open', 'pending', 'snoozed', 'closed']),
  snoozedUntil: z.preprocess(blankToNull, instantSchema.nullable()).optional(),
}).refine((v) => v.status !== 'snoozed' || v.snoozedUntil, { message: 'Choose when the conversation should wake up.', path: ['snoozedUntil'] });

export const approveDraftSchema = z.strictObject({
  draftId: z.uuid(),
  text: z.string().trim().min(1, 'The reply cannot be empty.').max(REPLY_DRAFT_MAX_CHARS, `At most ${REPLY_DRAFT_MAX_CHARS} characters.`).optional(),
});

export const draftIdSchema = z.strictObject({ draftId: z.uuid() });

export const bulkConversationsSchema = z.strictObject({
  ids: z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.uuid()).min(1, 'Select at least one conversation.').max(BULK_MAX, `Select at most ${BULK_MAX} conversations.`)),
  action: z.enum(bulkActions),
  assigneeId: z.preprocess(blankToNull, z.uuid().nullable()).optional(),
  snoozedUntil: z.preprocess(blankToNull, instantSchema.nullable()).optional(),
}).refine((v) => v.action !== 'snooze' || v.snoozedUntil, { message: 'Choose when the conversations should wake up.', path: ['snoozedUntil'] });
