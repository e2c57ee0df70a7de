'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { rollbackAgentSettings, saveAgentSettings } from '@/lib/agent/agent-settings';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { rollbackAgentSettingsFormSchema, saveAgentSettingsFormSchema } from './agent.schema';

export async function saveAgentSettingsAction(_prev: ActionResult<{ version: number }>, formData: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction(saveAgentSettingsFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('agent.configure');
    const { version } = await saveAgentSettings({ ctx, settings: values.settings, expectedVersion: values.expectedVersion, note: values.note, meta: await getRequestMeta() });
    revalidatePath('/agent');
    return { ok: true, data: { version }, message: `Saved as version ${version}.` };
  });
}

export async function rollbackAgentSettingsAction(_prev: ActionResult<{ version: number }>, formData: FormData): Promise<ActionResult<{ version: number }>> {
  return runAction(rollbackAgentSettingsFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('agent.configure');
    const { version } = await rollbackAgentSettings({ ctx, version: values.version, expectedVersion: values.expectedVersion, meta: await getRequestMeta() });
    revalidatePath('/agent');
    return { ok: true, data: { version }, message: `Restored version ${values.version} as version ${version}.` };
  });
}
