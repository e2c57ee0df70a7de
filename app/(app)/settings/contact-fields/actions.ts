'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { contactAttributeIdSchema, createContactAttributeSchema } from '@/lib/contacts/attributes/contact-attribute.schema';
import { createContactAttribute } from '@/lib/contacts/attributes/create-contact-attribute';
import { deleteContactAttribute } from '@/lib/contacts/attributes/delete-contact-attribute';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function createContactAttributeAction(_prev: ActionResult<string>, form: FormData): Promise<ActionResult<string>> {
  return runAction(createContactAttributeSchema, form, async (values) => {
    const ctx = await requireWorkspace('contacts.configure');
    const attribute = await createContactAttribute({ ctx, ...values, meta: await getRequestMeta() });
    revalidatePath('/settings/contact-fields');
    return { ok: true, data: attribute.id, message: `Contact field "${attribute.label}" added.` };
  });
}

export async function deleteContactAttributeAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(contactAttributeIdSchema, form, async (values) => {
    const ctx = await requireWorkspace('contacts.configure');
    const deleted = await deleteContactAttribute({ ctx, attributeId: values.attributeId, meta: await getRequestMeta() });
    revalidatePath('/settings/contact-fields');
    return { ok: true, message: `Contact field "${deleted.label}" deleted.` };
  });
}
