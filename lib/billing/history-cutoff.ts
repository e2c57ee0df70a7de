// "N days of conversation history": conversations whose last message is older than the plan's
// history are HIDDEN (inbox list, search, thread), never swept — an upgrade shows them again and
// a downgrade deletes nothing. One function so every load applies the same cutoff.
import type { Plan } from './plans';

const DAY_MS = 86_400_000;

/** The oldest `lastMessageAt` still shown, or null when the plan shows all history. */
export function historyCutoff(options: { plan: Pick<Plan, 'historyDays'>; now: Date }): Date | null {
  const { historyDays } = options.plan;
  return historyDays === null ? null : new Date(options.now.getTime() - historyDays * DAY_MS);
}

export function historyHiddenMessage(plan: Pick<Plan, 'name' | 'historyDays'>): string {
  return `This conversation's last message is older than the ${plan.historyDays} days of history the ${plan.name} plan shows. It is kept, not deleted: upgrading on the Billing page shows it again.`;
}
