'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { applyConversationLabel } from '@/lib/inbox/labels/apply-conversation-label';
import { createLabel, type LabelSummary } from '@/lib/inbox/labels/create-label';
import { deleteLabel } from '@/lib/inbox/labels/delete-label';
import { createLabelSchema, labelIdSchema, toggleConversationLabelSchema, updateLabelSchema } from '@/lib/inbox/labels/label.schema';
import { updateLabel } from '@/lib/inbox/labels/update-label';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function createLabelAction(_prev: ActionResult<LabelSummary>, form: FormData): Promise<ActionResult<LabelSummary>> {
  return runAction(createLabelSchema, form, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    const label = await createLabel({ ctx, ...values, meta: await getRequestMeta() });
    revalidatePath('/settings/labels');
    if (values.conversationId) revalidatePath('/inbox');
    return { ok: true, data: label, message: `Label "${label.name}" created.` };
  });
}

export async function updateLabelAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(updateLabelSchema, form, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    await updateLabel({ ctx, ...values, meta: await getRequestMeta() });
    revalidatePath('/settings/labels');
    return { ok: true, message: 'Label saved.' };
  });
}

export async function deleteLabelAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(labelIdSchema, form, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    const deleted = await deleteLabel({ ctx, labelId: values.labelId, meta: await getRequestMeta() });
    revalidatePath('/settings/labels');
    return { ok: true, message: `Label "${deleted.name}" deleted.` };
  });
}

export async function toggleConversationLabelAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(toggleConversationLabelSchema, form, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await applyConversationLabel({ ctx, ...values });
    revalidatePath('/inbox');
    return { ok: true, message: values.applied ? 'Label applied.' : 'Label removed.' };
  });
}
