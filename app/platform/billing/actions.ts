'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { replayStripeEvent } from '@/lib/billing/webhooks/replay-stripe-event';
import { AppError } from '@/lib/errors';
import { isPlatformAdmin } from '@/lib/platform/is-platform-admin';

/** Platform admins only: queue an unmatched or failed Stripe event for processing again. */
export async function replayStripeEventAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(z.strictObject({ stripeEventId: z.string().regex(/^evt_[A-Za-z0-9_]+$/, 'Unknown event.') }), form, async (values) => {
    const session = await getCurrentSession();
    // Same answer as the page for everyone else: it does not exist.
    if (!session || !isPlatformAdmin(session.user.email)) throw new AppError('not_found', 'Not found');
    await replayStripeEvent({ eventId: values.stripeEventId });
    revalidatePath('/platform/billing');
    return { ok: true, message: 'Queued for processing again.' };
  });
}
