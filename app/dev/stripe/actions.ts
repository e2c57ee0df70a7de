'use server';
// The Stripe stand-in's hosted pages and control panel (dev tools only; 404 otherwise).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { endTrialNowForDevelopment } from '@/lib/billing/end-trial-now';
import { advanceStandInSubscription } from '@/lib/stripe-standin/advance-standin-subscription';
import { changeStandInPrice, setStandInCancelAtPeriodEnd } from '@/lib/stripe-standin/change-standin-subscription';
import { getStandInPortal, liveSubscriptionOfPortal } from '@/lib/stripe-standin/get-standin-portal';
import {
  portalCancelSchema, portalCardSchema, portalChangePriceSchema, resendEventSchema, setCardSchema, setPriceSchema, subscriptionActionSchema,
} from '@/lib/stripe-standin/standin-actions.schema';
import { assertStandInActive } from '@/lib/stripe-standin/standin-active';
import { deliverStandInEvent } from '@/lib/stripe-standin/standin-events';
import { updateStandInCard } from '@/lib/stripe-standin/update-standin-card';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function portalChangePriceAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(portalChangePriceSchema, form, async (values) => {
    assertStandInActive();
    const subscriptionId = await liveSubscriptionOfPortal(values.portalSessionId);
    const { effective } = await changeStandInPrice({ subscriptionId, priceId: values.priceId });
    revalidatePath(`/dev/stripe/portal/${values.portalSessionId}`);
    return { ok: true, message: effective === 'now' ? 'Plan changed. The difference was charged pro rata.' : effective === 'period_end' ? 'The new plan starts at the end of the current period.' : 'No change.' };
  });
}

export async function portalCancelAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(portalCancelSchema, form, async (values) => {
    assertStandInActive();
    await setStandInCancelAtPeriodEnd({ subscriptionId: await liveSubscriptionOfPortal(values.portalSessionId), cancel: values.cancel });
    revalidatePath(`/dev/stripe/portal/${values.portalSessionId}`);
    return { ok: true, message: values.cancel ? 'Cancelled: the plan ends at the end of the current period.' : 'Renewed: the plan continues.' };
  });
}

export async function portalCardAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(portalCardSchema, form, async (values) => {
    assertStandInActive();
    const portal = await getStandInPortal(values.portalSessionId);
    const { retried } = await updateStandInCard({ customerId: portal.customer.id, card: values.card });
    revalidatePath(`/dev/stripe/portal/${values.portalSessionId}`);
    return { ok: true, message: retried === 'recovered' ? 'Card saved, and the unpaid invoice was paid.' : retried ? 'Card saved, but the unpaid invoice failed again.' : 'Card saved.' };
  });
}

/** Test clock: the current period ends now (renew, fail, apply a scheduled change or end). */
export async function advanceSubscriptionAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(subscriptionActionSchema, form, async (values) => {
    assertStandInActive();
    const { outcome } = await advanceStandInSubscription(values);
    revalidatePath('/dev/stripe');
    return { ok: true, message: `Period ended: ${outcome.replace('_', ' ')}.` };
  });
}

export async function setCardAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(setCardSchema, form, async (values) => {
    assertStandInActive();
    await updateStandInCard({ customerId: values.stripeCustomerId, card: values.card });
    revalidatePath('/dev/stripe');
    return { ok: true, message: 'Card changed.' };
  });
}

/** Switches a subscription to any price — including one the app does not know (→ "unmatched"). */
export async function setPriceAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(setPriceSchema, form, async (values) => {
    assertStandInActive();
    const { effective } = await changeStandInPrice(values);
    revalidatePath('/dev/stripe');
    return { ok: true, message: `Price change: ${effective.replace('_', ' ')}.` };
  });
}

export async function resendEventAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(resendEventSchema, form, async (values) => {
    assertStandInActive();
    const result = await deliverStandInEvent(values.stripeEventId);
    revalidatePath('/dev/stripe');
    return { ok: true, message: result ? `Delivered again: HTTP ${result.status || 'unreachable'}.` : 'No such event.' };
  });
}

/** Ends the free trial of the signed-in owner's current workspace now, to try the read-only state. */
export async function endMyTrialAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({}), form, async () => {
    assertStandInActive();
    const ctx = await requireWorkspace('billing.manage');
    await endTrialNowForDevelopment({ workspaceId: ctx.workspace.id });
    revalidatePath('/dev/stripe');
    return { ok: true, message: `The trial of ${ctx.workspace.name} has ended. Sending is paused until a plan is chosen.` };
  });
}
