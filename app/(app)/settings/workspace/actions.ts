'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { renameWorkspace } from '@/lib/workspaces/rename-workspace';
import { setAutoHandBack } from '@/lib/workspaces/set-auto-hand-back';
import { redirect } from 'next/navigation';
import { requestWorkspaceExport } from '@/lib/exports/request-workspace-export';
import { closeWorkspace } from '@/lib/workspaces/close-workspace';
import { setHistoryRetention } from '@/lib/workspaces/history-retention';
import { autoHandBackSchema, closeWorkspaceSchema, historyRetentionSchema, renameWorkspaceSchema } from './workspace-settings.schema';
import { z } from 'zod';

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

export async function setHistoryRetentionAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(historyRetentionSchema, formData, async (values) => {
    const ctx = await requireWorkspace('settings.manage');
    await setHistoryRetention({ ctx, setting: values.historyRetention, meta: await getRequestMeta() });
    revalidatePath('/settings/workspace');
    return { ok: true, message: 'Conversation history setting saved.' };
  });
}

export async function requestWorkspaceExportAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), formData, async () => {
    const ctx = await requireWorkspace('workspace.export');
    const result = await requestWorkspaceExport({ ctx, meta: await getRequestMeta() });
    revalidatePath('/settings/workspace');
    return { ok: true, message: result.alreadyRunning ? 'An export is already being built.' : 'Export started. It appears below when ready.' };
  });
}

export async function closeWorkspaceAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const result = await runAction(closeWorkspaceSchema, formData, async (values) => {
    const ctx = await requireWorkspace('workspace.close');
    await closeWorkspace({ ctx, confirmName: values.confirmName, meta: await getRequestMeta() });
  });
  if (result.ok) {
    revalidatePath('/', 'layout');
    redirect('/workspaces/closed?closed=1');
  }
  return result;
}
