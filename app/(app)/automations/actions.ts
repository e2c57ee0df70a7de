'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { saveAwayMessage } from '@/lib/automations/away-message-settings';
import { dryRunAutomationRule, type DryRunResult } from '@/lib/automations/dry-run-automation-rule';
import { deleteAutomationRule, moveAutomationRule, setAutomationRuleEnabled } from '@/lib/automations/manage-automation-rule';
import { saveAutomationRule } from '@/lib/automations/save-automation-rule';
import { requireWorkspace } from '@/lib/workspaces/context';
import { awayMessageFormSchema, dryRunFormSchema, moveRuleFormSchema, ruleIdFormSchema, saveRuleFormSchema, toggleRuleFormSchema } from './automations.schema';

export async function saveAutomationRuleAction(_prev: ActionResult<{ id: string }>, formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(saveRuleFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    const { id } = await saveAutomationRule({ ctx, id: values.ruleId || null, rule: values.rule });
    revalidatePath('/automations');
    return { ok: true, data: { id }, message: 'Rule saved.' };
  });
}

export async function toggleAutomationRuleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(toggleRuleFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    await setAutomationRuleEnabled({ ctx, id: values.ruleId, enabled: values.enabled });
    revalidatePath('/automations');
    return { ok: true, message: values.enabled ? 'Rule enabled.' : 'Rule disabled.' };
  });
}

export async function moveAutomationRuleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(moveRuleFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    await moveAutomationRule({ ctx, id: values.ruleId, direction: values.direction });
    revalidatePath('/automations');
    return { ok: true, message: 'Order saved.' };
  });
}

export async function deleteAutomationRuleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(ruleIdFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    await deleteAutomationRule({ ctx, id: values.ruleId });
    revalidatePath('/automations');
    return { ok: true, message: 'Rule deleted.' };
  });
}

export async function dryRunAutomationRuleAction(_prev: ActionResult<DryRunResult>, formData: FormData): Promise<ActionResult<DryRunResult>> {
  return runAction(dryRunFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    return { ok: true, data: await dryRunAutomationRule({ ctx, rule: values.rule, conversationId: values.conversationId }) };
  });
}

export async function saveAwayMessageAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(awayMessageFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('automations.manage');
    await saveAwayMessage({ ctx, input: { enabled: values.enabled === 'on', message: values.message } });
    revalidatePath('/automations');
    return { ok: true, message: 'Away message saved.' };
  });
}
