// GET /billing/checkout-complete?session_id=cs_… – Stripe Checkout's success URL: reads the
// session and its subscription from Stripe now (the webhook may come later), then redirects to
// /billing so the whole app — the header's trial banner too — renders the new plan.
import { NextResponse, type NextRequest } from 'next/server';
import { confirmCheckoutSchema } from '@/lib/billing/billing.schema';
import { billingNoticeCode } from '@/lib/billing/billing-notices';
import { confirmCheckoutSession } from '@/lib/billing/confirm-checkout-session';
import { isAppError } from '@/lib/errors';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const to = (query: string) => NextResponse.redirect(new URL(`/billing?${query}`, request.url), 303);
  const parsed = confirmCheckoutSchema.safeParse({ checkoutSessionId: request.nextUrl.searchParams.get('session_id') ?? '' });
  if (!parsed.success) return to('error=checkout_invalid');
  try {
    const ctx = await requireWorkspace('billing.manage');
    const { status } = await confirmCheckoutSession({ ctx, checkoutSessionId: parsed.data.checkoutSessionId });
    return to(`checkout=${status === 'active' ? 'confirmed' : 'pending'}`);
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return NextResponse.redirect(new URL('/login?next=/billing', request.url), 303);
    if (isAppError(error)) return to(`error=${billingNoticeCode(error)}`);
    throw error;
  }
}
