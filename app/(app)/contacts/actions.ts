'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { updateContactSchema, mergeContactsSchema } from '@/lib/contacts/contact.schema';
import { contactImportSchema } from '@/lib/contacts/csv/contact-import.schema';
import { importContacts, type ContactImportResult } from '@/lib/contacts/csv/import-contacts';
import { deleteContact } from '@/lib/contacts/delete-contact';
import { mergeContacts } from '@/lib/contacts/merge-contacts';
import { updateContact } from '@/lib/contacts/update-contact';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { z } from 'zod';

export async function updateContactAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(updateContactSchema, form, async ({ contactId, name, email, phone, notes, ...rest }) => {
    const ctx = await requireWorkspace('contacts.edit');
    const attributes = Object.fromEntries(Object.entries(rest).filter(([key]) => key.startsWith('attr.')).map(([key, value]) => [key.slice(5), value]));
    const { personId } = await updateContact({ ctx, contactId, fields: { name, email, phone, notes, attributes } });
    revalidatePath(`/contacts/${personId}`);
    revalidatePath('/contacts');
    return { ok: true, message: 'Contact saved.' };
  });
}

export async function mergeContactsAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(mergeContactsSchema, form, async (values) => {
    const ctx = await requireWorkspace('contacts.merge');
    const merged = await mergeContacts({ ctx, ...values, meta: await getRequestMeta() });
    revalidatePath('/contacts');
    return { ok: true, data: merged.personId };
  });
  if (result.ok && result.data) redirect(`/contacts/${result.data}?merged=1`);
  return result as ActionResult;
}

export async function importContactsAction(_prev: ActionResult<ContactImportResult>, form: FormData): Promise<ActionResult<ContactImportResult>> {
  return runAction(contactImportSchema, form, async (values) => {
    const ctx = await requireWorkspace('contacts.import');
    const result = await importContacts({ ctx, csv: values.csv, channelId: values.channelId, mode: values.step, meta: await getRequestMeta() });
    if (values.step === 'commit') revalidatePath('/contacts');
    return { ok: true, data: result };
  });
}

// Deleting the person for good (owners and admins; privacy's delete contact): every identity merged
// into it goes too (lib/erasure/erase-contacts.ts), then back to the list.
const deletePersonSchema = z.strictObject({ contactId: z.uuid() });

export async function deletePersonAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const result = await runAction(deletePersonSchema, form, async ({ contactId }) => {
    const ctx = await requireWorkspace('data.delete');
    await deleteContact({ ctx, contactId, meta: await getRequestMeta() });
  });
  if (result.ok) redirect('/contacts?deleted=1');
  return result;
}
