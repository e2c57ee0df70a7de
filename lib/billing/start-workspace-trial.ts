// Every new workspace starts the free trial (no card) with the plan picked on /pricing remembered
// as what checkout offers when the trial converts.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { defaultChosenPlan, getPlan, type BillingPeriod, type PaidPlanId } from './plans';

const DAY_MS = 86_400_000;

export const TRIAL_DAYS = getPlan('trial').trialDays!;

export function trialEndFrom(start: Date): Date {
  return new Date(start.getTime() + TRIAL_DAYS * DAY_MS);
}

type Client = Pick<Prisma.TransactionClient, 'workspaceBilling'>;

/**
 * Idempotent: an existing row (a trial already started) is left as it is. `welcome` marks a
 * sign-up: the lifecycle job welcomes its owner once they confirmed their address; other new
 * workspaces (a second one, the demo) are not a new customer and get no welcome.
 */
export async function startWorkspaceTrial(
  options: { workspaceId: string; chosen?: { plan: PaidPlanId; period: BillingPeriod } | null; welcome?: boolean; now?: Date },
  client: Client = db,
): Promise<void> {
  const chosen = options.chosen ?? defaultChosenPlan;
  const now = options.now ?? new Date();
  await client.workspaceBilling.createMany({
    data: [{ workspaceId: options.workspaceId, chosenPlan: chosen.plan, chosenPeriod: chosen.period, trialEndsAt: trialEndFrom(now), welcomeEmailedAt: options.welcome ? null : now }],
    skipDuplicates: true,
  });
}
