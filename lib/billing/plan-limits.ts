// The advertised limits as pure checks, each with the sentence the person who hit it reads and
// the way out (upgrade on the Billing page). Callers count usage; these decide.
import type { Plan } from './plans';

export type LimitCheck = { ok: true } | { ok: false; message: string };

const number = new Intl.NumberFormat('en-IE');
const upgrade = 'An owner can upgrade on the Billing page.';

/** Seats in use = members + pending invites, so an invite reserves its seat until it expires. */
export function checkSeatLimit(options: { plan: Pick<Plan, 'name' | 'seats'>; used: number }): LimitCheck {
  const { plan, used } = options;
  if (used < plan.seats) return { ok: true };
  return {
    ok: false,
    message: `All ${plan.seats} seats of the ${plan.name} plan are taken (members and pending invites). ${upgrade} Revoking a pending invite also frees its seat.`,
  };
}

/** Connected = every channel not disconnected (an expired token still holds its place). */
export function checkChannelLimit(options: { plan: Pick<Plan, 'name' | 'channels'>; connected: number }): LimitCheck {
  const { plan, connected } = options;
  if (connected < plan.channels) return { ok: true };
  return { ok: false, message: channelLimitMessage(plan) };
}

export function channelLimitMessage(plan: Pick<Plan, 'name' | 'channels'>): string {
  return `The ${plan.name} plan connects up to ${plan.channels} channels and all are in use. ${upgrade} Disconnecting a channel also frees its place.`;
}

/** AI replies this calendar month (UTC) — drafts and sends — against the plan's allowance. */
export function aiReplyLimitReached(options: { plan: Pick<Plan, 'aiRepliesPerMonth'>; used: number }): boolean {
  return options.used >= options.plan.aiRepliesPerMonth;
}

export function aiReplyLimitLabel(plan: Pick<Plan, 'name' | 'aiRepliesPerMonth'>): string {
  return `${number.format(plan.aiRepliesPerMonth)} AI replies a month on the ${plan.name} plan`;
}
