'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { createCannedResponseSchema, deleteCannedResponseSchema, updateCannedResponseSchema } from '@/lib/inbox/canned-responses/canned-response.schema';
import { createCannedResponse } from '@/lib/inbox/canned-responses/create-canned-response';
import { deleteCannedResponse } from '@/lib/inbox/canned-responses/delete-canned-response';
import { updateCannedResponse } from '@/lib/inbox/canned-responses/update-canned-response';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function createCannedResponseAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(createCannedResponseSchema, formData, async (values) => {
    const ctx = await requireWorkspace('canned-responses.manage');
    await createCannedResponse({ ctx, ...values });
    revalidatePath('/settings/canned-responses');
    return { ok: true, message: `Saved /${values.shortcut}.` };
  });
}

export async function updateCannedResponseAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(updateCannedResponseSchema, formData, async (values) => {
    const ctx = await requireWorkspace('canned-responses.manage');
    await updateCannedResponse({ ctx, id: values.cannedResponseId, shortcut: values.shortcut, body: values.body });
    revalidatePath('/settings/canned-responses');
    return { ok: true, message: `Saved /${values.shortcut}.` };
  });
}

export async function deleteCannedResponseAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(deleteCannedResponseSchema, formData, async (values) => {
    const ctx = await requireWorkspace('canned-responses.manage');
    await deleteCannedResponse({ ctx, id: values.cannedResponseId });
    revalidatePath('/settings/canned-responses');
    return { ok: true, message: 'Deleted.' };
  });
}
