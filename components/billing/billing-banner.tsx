import Link from 'next/link';
import type { BillingState } from '@/lib/billing/billing-access';

type Props = { state: BillingState; trialDaysLeft: number | null; canManage: boolean };

const tone = {
  info: 'bg-brand-50 text-brand-900 ring-brand-200',
  warn: 'bg-amber-50 text-amber-900 ring-amber-200',
  stop: 'bg-red-50 text-red-900 ring-red-300',
} as const;

function message(state: BillingState, days: number | null): { kind: keyof typeof tone; short: string; long: string; cta: string } {
  if (state === 'trialing') {
    const left = `${days} day${days === 1 ? '' : 's'} left`;
    return { kind: (days ?? 0) <= 3 ? 'warn' : 'info', short: `Trial: ${left}`, long: `Free trial: ${left}`, cta: 'Choose a plan' };
  }
  if (state === 'past_due') return { kind: 'warn', short: 'Payment failed', long: 'The last payment failed — sending continues while Stripe retries', cta: 'Update payment method' };
  if (state === 'unpaid') return { kind: 'stop', short: 'Sending paused', long: 'Sending is paused: the subscription is unpaid. Incoming messages are still saved', cta: 'Update payment method' };
  if (state === 'canceled') return { kind: 'stop', short: 'Sending paused', long: 'Sending is paused: the subscription has ended. Incoming messages are still saved', cta: 'Choose a plan' };
  return { kind: 'stop', short: 'Sending paused', long: 'Sending is paused: the free trial has ended. Incoming messages are still saved', cta: 'Choose a plan' };
}

/**
 * The billing state in the app header on every page — trial days left, a failed payment, or
 * "sending is paused" — with the way to pay for owners (others are told to ask one). It sits in
 * the header row so it never changes the height full-screen pages (the inbox) rely on.
 */
export function BillingBanner({ state, trialDaysLeft, canManage }: Props) {
  if (state === 'active') return null;
  const m = message(state, trialDaysLeft);
  const cta = canManage ? (
    <Link href="/billing" className="shrink-0 whitespace-nowrap font-semibold underline underline-offset-2 after:absolute after:inset-0 sm:after:hidden">
      <span className="sr-only sm:not-sr-only">{m.cta}</span>
    </Link>
  ) : m.kind !== 'info' ? (
    <span className="hidden shrink-0 sm:inline">Ask a workspace owner.</span>
  ) : null;
  return (
    // On phones the pill shows the short text and is itself the link (the link covers it).
    <div role={m.kind === 'stop' ? 'alert' : 'note'} aria-label="Billing" data-billing-state={state} className={`relative flex min-w-0 items-center gap-2 rounded-full px-3 py-1 text-xs ring-1 sm:text-sm ${tone[m.kind]}`}>
      <span className="truncate">
        <span className="sm:hidden">{m.short}</span>
        <span className="hidden sm:inline">{m.long}.</span>
      </span>
      {cta}
    </div>
  );
}
