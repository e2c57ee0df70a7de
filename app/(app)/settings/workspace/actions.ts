'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { renameWorkspace } from '@/lib/workspaces/rename-workspace';
import { setAutoHandBack } from '@/lib/workspaces/set-auto-hand-back';
import { autoHandBackSchema, renameWorkspaceSchema } from './workspace-settings.schema';

export async function renameWorkspaceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(renameWorkspaceSchema, formData, async (values) => {
    const ctx = await requireWorkspace('workspace.rename');
    await renameWorkspace({ ctx, name: values.name, meta: await getRequestMeta() });
    // The name shows in the shell on every page.
    revalidatePath('/', 'layout');
    return { ok: true, message: 'Workspace renamed.' };
  });
}

export async function setAutoHandBackAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(autoHandBackSchema, formData, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    await setAutoHandBack({ ctx, minutes: values.autoHandBackMinutes, meta: await getRequestMeta() });
    revalidatePath('/settings/workspace');
    return { ok: true, message: values.autoHandBackMinutes ? 'Automatic hand-back saved.' : 'Automatic hand-back turned off.' };
  });
}
