'use server';
// Deleting a conversation or a contact for good (owners and admins), from the contact panel.
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { deleteContact } from '@/lib/contacts/delete-contact';
import { getRequestMeta } from '@/lib/http/request-meta';
import { deleteConversation } from '@/lib/inbox/delete-conversation';
import { requireWorkspace } from '@/lib/workspaces/context';

const conversationSchema = z.strictObject({ conversationId: z.uuid() });
const contactSchema = z.strictObject({ contactId: z.uuid() });

export async function deleteConversationAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await runAction(conversationSchema, formData, async (values) => {
    const ctx = await requireWorkspace('data.delete');
    await deleteConversation({ ctx, conversationId: values.conversationId, meta: await getRequestMeta() });
  });
  if (result.ok) redirect('/inbox?deleted=conversation');
  return result;
}

export async function deleteContactAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await runAction(contactSchema, formData, async (values) => {
    const ctx = await requireWorkspace('data.delete');
    await deleteContact({ ctx, contactId: values.contactId, meta: await getRequestMeta() });
  });
  if (result.ok) redirect('/inbox?deleted=contact');
  return result;
}
