'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { monthlyCapSchema, saveMonthlyCap } from '@/lib/agent/usage/save-monthly-cap';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';

const saveMonthlyCapFormSchema = z.strictObject({ capDollars: monthlyCapSchema.shape.capDollars });

export async function saveMonthlyCapAction(_prev: ActionResult<{ capCents: number | null }>, formData: FormData): Promise<ActionResult<{ capCents: number | null }>> {
  return runAction(saveMonthlyCapFormSchema, formData, async (values) => {
    const ctx = await requireWorkspace('billing.manage');
    const { capCents } = await saveMonthlyCap({ ctx, capCents: values.capDollars, meta: await getRequestMeta() });
    revalidatePath('/agent/usage');
    return { ok: true, data: { capCents }, message: capCents === null ? 'The monthly cap is off.' : `Saved: the agent stops auto-sending at $${(capCents / 100).toFixed(2)} a month.` };
  });
}
