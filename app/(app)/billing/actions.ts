'use server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { checkoutSchema } from '@/lib/billing/billing.schema';
import { createCheckoutSession } from '@/lib/billing/create-checkout-session';
import { createPortalSession } from '@/lib/billing/create-portal-session';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';

/** Owners pick a plan and period → Stripe Checkout (subscription mode). */
export async function startCheckoutAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(checkoutSchema, form, async (values) => {
    const ctx = await requireWorkspace('billing.manage');
    const { url } = await createCheckoutSession({ ctx, plan: values.plan, period: values.period, meta: await getRequestMeta() });
    redirect(url);
  });
}

/** Owners → Stripe's Customer Portal (change plan, cancel, payment method, invoices). */
export async function openPortalAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), form, async () => {
    const ctx = await requireWorkspace('billing.manage');
    const { url } = await createPortalSession({ ctx });
    redirect(url);
  });
}
