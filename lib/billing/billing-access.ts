// What a workspace may do right now, as a pure function of its billing row and the clock: the
// one place that turns "trial ends at / Stripe says past_due" into limits and "may send".
// No state is flipped by a job when a trial ends — the clock passing trialEndsAt is the change.
import { getPlan, type BillingPeriod, type Plan, type PlanId } from './plans';

export type BillingRow = {
  trialEndsAt: Date;
  chosenPlan: PlanId;
  chosenPeriod: BillingPeriod;
  stripeCustomerId: string | null;
  stripeSubscriptionId: string | null;
  subscriptionStatus: string | null;
  plan: PlanId | null;
  period: BillingPeriod | null;
  currentPeriodEnd: Date | null;
  cancelAtPeriodEnd: boolean;
};

export type BillingState = 'trialing' | 'trial_expired' | 'active' | 'past_due' | 'unpaid' | 'canceled';

export type BillingAccess = {
  state: BillingState;
  /** The plan whose limits apply now: the subscription's, else the free trial's. */
  plan: Plan;
  /** False = read-only for sending (inbound webhooks are still stored). */
  canSend: boolean;
  /** Whole days left in the free trial (rounded up), while it runs. */
  trialDaysLeft: number | null;
  /** A subscription Stripe still bills (the Customer Portal manages it; checkout is refused). */
  hasLiveSubscription: boolean;
};

const DAY_MS = 86_400_000;

/** Stripe statuses of a subscription that still exists and is billed. */
const LIVE_STATUSES = new Set(['active', 'trialing', 'past_due', 'unpaid', 'paused']);

export function resolveBillingAccess(row: BillingRow, now: Date): BillingAccess {
  const status = row.subscriptionStatus;
  if (row.stripeSubscriptionId && status && LIVE_STATUSES.has(status) && row.plan) {
    const plan = getPlan(row.plan);
    const live = { plan, trialDaysLeft: null, hasLiveSubscription: true };
    // past_due: Stripe is still retrying the card — a grace period, sending continues.
    if (status === 'past_due') return { ...live, state: 'past_due', canSend: true };
    // unpaid / paused: Stripe gave up (or paused) collecting; the plan's limits stay, sending stops.
    if (status === 'unpaid' || status === 'paused') return { ...live, state: 'unpaid', canSend: false };
    return { ...live, state: 'active', canSend: true };
  }
  const trial = getPlan('trial');
  // A subscription that ended closes the workspace for sending, even with trial days left:
  // subscribing ends the free trial, so cancelling never hands the trial back.
  if (status === 'canceled') return { state: 'canceled', plan: trial, canSend: false, trialDaysLeft: null, hasLiveSubscription: false };
  // No subscription yet (or one never paid for, e.g. incomplete): the free trial decides.
  const msLeft = row.trialEndsAt.getTime() - now.getTime();
  if (msLeft > 0) return { state: 'trialing', plan: trial, canSend: true, trialDaysLeft: Math.ceil(msLeft / DAY_MS), hasLiveSubscription: false };
  return { state: 'trial_expired', plan: trial, canSend: false, trialDaysLeft: null, hasLiveSubscription: false };
}

/** The sentence shown when sending is refused, for operators and the AI's skip reason alike. */
export function sendingPausedMessage(state: BillingState): string {
  if (state === 'unpaid') return 'Sending is paused because the subscription is unpaid. An owner can update the payment method on the Billing page. Incoming messages are still saved.';
  if (state === 'canceled') return 'Sending is paused because the subscription has ended. An owner can choose a plan on the Billing page. Incoming messages are still saved.';
  return 'Sending is paused because the free trial has ended. An owner can choose a plan on the Billing page. Incoming messages are still saved.';
}
