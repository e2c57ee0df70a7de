'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { renameWorkspace } from '@/lib/workspaces/rename-workspace';
import { setAutoHandBack } from '@/lib/workspaces/set-auto-hand-back';
import { setCsatEnabled } from '@/lib/csat/set-csat-enabled';
import { autoHandBackSchema, csatSettingsSchema, renameWorkspaceSchema } from './workspace-settings.schema';

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

export async function setCsatEnabledAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(csatSettingsSchema, formData, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    await setCsatEnabled({ ctx, enabled: values.csatEnabled, meta: await getRequestMeta() });
    revalidatePath('/settings/workspace');
    return { ok: true, message: values.csatEnabled ? 'Satisfaction survey turned on.' : 'Satisfaction survey turned off.' };
  });
}
