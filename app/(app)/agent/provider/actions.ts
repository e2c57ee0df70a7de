'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { saveAgentConfig } from '@/lib/agent/providers/agent-config';
import { saveAgentConfigSchema } from '@/lib/agent/providers/agent-config.schema';
import { providerLabel } from '@/lib/agent/providers/provider-catalog';
import { testProviderConnection } from '@/lib/agent/providers/test-provider-connection';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function saveAgentProviderAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(saveAgentConfigSchema, formData, async (values) => {
    const ctx = await requireWorkspace('agent.configure');
    const { keyDropped } = await saveAgentConfig({ ctx, input: values, meta: await getRequestMeta() });
    revalidatePath('/agent/provider');
    const note = keyDropped ? ' The saved key was removed because it belonged to the previous provider.' : '';
    const uses = values.provider === 'offline' ? 'the built-in offline responder' : providerLabel(values.provider);
    return { ok: true, message: `Saved: the agent uses ${uses}.${note}` };
  });
}

export async function testAgentProviderAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), formData, async () => {
    const ctx = await requireWorkspace('agent.configure');
    const result = await testProviderConnection({ ctx, meta: await getRequestMeta() });
    revalidatePath('/agent/provider');
    return result.ok ? { ok: true, message: result.message } : { ok: false, error: result.message };
  });
}
