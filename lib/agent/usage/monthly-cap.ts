// The monthly cap: the owner's spending cap (AgentConfig.monthlyCapCents) against this month's
// estimated cost in AgentRun. The plan's own "AI replies / month" is the other limit with the
// same fallback to drafts (lib/billing/ai-reply-allowance.ts, checked in run-agent-turn.ts).
import { db } from '../../db';
import { env } from '../../env';
import { sendEmail } from '../../email/send-email';
import { MICROS_PER_CENT, monthOf, monthRange } from './usage-month';

export type CapStatus = { capCents: number | null; spentMicros: number; reached: boolean; month: string };

export function formatUsd(micros: number): string {
  return `$${(micros / 1_000_000).toFixed(micros > 0 && micros < 10_000 ? 4 : 2)}`;
}

export async function getCapStatus(options: { workspaceId: string; now: Date }): Promise<CapStatus> {
  const month = monthOf(options.now);
  const config = await db.agentConfig.findUnique({ where: { workspaceId: options.workspaceId }, select: { monthlyCapCents: true } });
  const capCents = config?.monthlyCapCents ?? null;
  if (capCents === null) return capStatusFrom({ capCents, spentMicros: 0, now: options.now });
  const { start, end } = monthRange(month);
  const spent = await db.agentRun.aggregate({ where: { workspaceId: options.workspaceId, createdAt: { gte: start, lt: end } }, _sum: { costMicros: true } });
  return capStatusFrom({ capCents, spentMicros: spent._sum.costMicros ?? 0, now: options.now });
}

/** The cap's status from what was read (the agent turn: lib/agent/runtime/load-turn-limits.ts). */
export function capStatusFrom(options: { capCents: number | null; spentMicros: number; now: Date }): CapStatus {
  const { capCents, spentMicros } = options;
  const month = monthOf(options.now);
  if (capCents === null) return { capCents, spentMicros: 0, reached: false, month };
  return { capCents, spentMicros, reached: spentMicros >= capCents * MICROS_PER_CENT, month };
}

/**
 * Emails the owners that the cap was reached — once per month: the conditional update of
 * capAlertedMonth is the claim, so two agent jobs hitting the cap together send one email.
 */
export async function alertOwnersCapReachedOnce(options: { workspaceId: string; status: CapStatus }): Promise<boolean> {
  const { workspaceId, status } = options;
  if (!status.reached || status.capCents === null) return false;
  const claimed = await db.agentConfig.updateMany({
    where: { workspaceId, OR: [{ capAlertedMonth: null }, { capAlertedMonth: { not: status.month } }] },
    data: { capAlertedMonth: status.month },
  });
  if (claimed.count === 0) return false;
  const owners = await db.membership.findMany({
    where: { workspaceId, role: 'owner' },
    select: { user: { select: { email: true, name: true } }, workspace: { select: { name: true } } },
  });
  const url = new URL('/agent/usage', env().APP_URL).toString();
  try {
    for (const owner of owners) {
      await sendEmail({
        to: owner.user.email,
        template: 'agent-cap-reached',
        props: { name: owner.user.name, workspaceName: owner.workspace.name, month: status.month, capLabel: `${formatUsd(status.capCents * MICROS_PER_CENT)} monthly spending cap`, url },
      });
    }
  } catch (error) {
    // Undo the claim so the next capped turn tries again: an alert is never silently lost.
    await db.agentConfig.updateMany({ where: { workspaceId, capAlertedMonth: status.month }, data: { capAlertedMonth: null } });
    throw error;
  }
  return true;
}
