// A workspace's billing row and what it may do now. Every limit check and banner reads this.
import { db } from '../db';
import { AppError } from '../errors';
import { resolveBillingAccess, type BillingAccess, type BillingRow } from './billing-access';
import { defaultChosenPlan } from './plans';
import { startWorkspaceTrial, trialEndFrom } from './start-workspace-trial';

export const billingRowSelect = {
  trialEndsAt: true, chosenPlan: true, chosenPeriod: true, stripeCustomerId: true, stripeSubscriptionId: true,
  subscriptionStatus: true, plan: true, period: true, currentPeriodEnd: true, cancelAtPeriodEnd: true,
} as const;

export type WorkspaceBilling = { row: BillingRow; access: BillingAccess };

export async function getWorkspaceBilling(options: { workspaceId: string; now?: Date }): Promise<WorkspaceBilling> {
  const now = options.now ?? new Date();
  const row = await db.workspaceBilling.findUnique({ where: { workspaceId: options.workspaceId }, select: billingRowSelect });
  if (row) return { row, access: resolveBillingAccess(row, now) };
  // Every workspace gets its row when it is created (and the billing migration backfilled older
  // ones); a missing row is read as a trial from the workspace's creation rather than failing.
  const workspace = await db.workspace.findUnique({ where: { id: options.workspaceId }, select: { createdAt: true } });
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  const fallback = fallbackBillingRow(workspace.createdAt);
  return { row: fallback, access: resolveBillingAccess(fallback, now) };
}

/** A missing row reads as the trial the workspace's creation date implies. */
export function fallbackBillingRow(workspaceCreatedAt: Date): BillingRow {
  return {
    trialEndsAt: trialEndFrom(workspaceCreatedAt), chosenPlan: defaultChosenPlan.plan, chosenPeriod: defaultChosenPlan.period,
    stripeCustomerId: null, stripeSubscriptionId: null, subscriptionStatus: null, plan: null, period: null, currentPeriodEnd: null, cancelAtPeriodEnd: false,
  };
}

/**
 * For writers: makes sure the row exists (a workspace created before billing, or by a path that
 * did not start a trial, gets the trial its creation date implies — the same one reads assume).
 */
export async function ensureWorkspaceBillingRow(workspaceId: string): Promise<void> {
  const exists = await db.workspaceBilling.count({ where: { workspaceId } });
  if (exists) return;
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { createdAt: true } });
  if (!workspace) throw new AppError('not_found', 'Workspace not found');
  await startWorkspaceTrial({ workspaceId, now: workspace.createdAt });
}
