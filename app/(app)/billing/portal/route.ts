// GET /billing/portal – the link in billing emails ("Update payment method"): opens a fresh
// Customer Portal session for an owner (portal sessions expire, so emails cannot carry one).
// Signed out → log in and come back; not an owner or no subscription → the Billing page says why.
import { NextResponse, type NextRequest } from 'next/server';
import { billingNoticeCode } from '@/lib/billing/billing-notices';
import { createPortalSession } from '@/lib/billing/create-portal-session';
import { isAppError } from '@/lib/errors';
import { requireWorkspace } from '@/lib/workspaces/context';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  try {
    const ctx = await requireWorkspace('billing.manage');
    const { url } = await createPortalSession({ ctx });
    return NextResponse.redirect(url, 303);
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return NextResponse.redirect(new URL('/login?next=/billing/portal', request.url), 303);
    if (isAppError(error)) return NextResponse.redirect(new URL(`/billing?error=${billingNoticeCode(error)}`, request.url), 303);
    throw error;
  }
}
