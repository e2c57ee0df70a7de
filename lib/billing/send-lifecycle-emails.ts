// Time-based billing emails, run by the billing-lifecycle job: welcome (once the owner confirmed
// the address), "trial ends in 3 days" and "trial ended". Each is claimed by a conditional update
// of its *EmailedAt column before sending, so two workers or a re-run send it once.
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { env } from '../env';
import { formatBillingDate, planLabel } from './billing-format';
import { emailWorkspaceOwners } from './email-workspace-owners';
import { TRIAL_DAYS } from './start-workspace-trial';

const DAY_MS = 86_400_000;
const BATCH = 200;
export const TRIAL_ENDING_NOTICE_DAYS = 3;
/** A trial that ended longer ago than this (e.g. while the job was down) gets no "ended" email any more. */
const ENDED_EMAIL_WINDOW_DAYS = 7;
/** Statuses of a subscription that is (or was) paid for: those workspaces are past the trial emails. */
const SUBSCRIBED = ['active', 'trialing', 'past_due', 'unpaid', 'paused', 'canceled'];

const noSubscription: Prisma.WorkspaceBillingWhereInput = { OR: [{ subscriptionStatus: null }, { subscriptionStatus: { notIn: SUBSCRIBED } }] };
const billingUrl = () => `${env().APP_URL.replace(/\/$/, '')}/billing`;

type Claim = 'welcomeEmailedAt' | 'trialEndingEmailedAt' | 'trialEndedEmailedAt';

async function claim(workspaceId: string, column: Claim, now: Date): Promise<boolean> {
  const { count } = await db.workspaceBilling.updateMany({ where: { workspaceId, [column]: null }, data: { [column]: now } });
  return count === 1;
}

/** Runs `send` after claiming; a failure releases the claim so the next run tries again. */
async function once(workspaceId: string, column: Claim, now: Date, send: () => Promise<unknown>): Promise<boolean> {
  if (!(await claim(workspaceId, column, now))) return false;
  try {
    await send();
    return true;
  } catch (error) {
    await db.workspaceBilling.updateMany({ where: { workspaceId, [column]: now }, data: { [column]: null } });
    throw error;
  }
}

export async function sendLifecycleEmails(options: { now?: Date } = {}): Promise<{ welcome: number; trialEnding: number; trialEnded: number }> {
  const now = options.now ?? new Date();
  const sent = { welcome: 0, trialEnding: 0, trialEnded: 0 };

  const welcome = await db.workspaceBilling.findMany({
    where: { welcomeEmailedAt: null, createdAt: { gt: new Date(now.getTime() - TRIAL_DAYS * DAY_MS) }, workspace: { memberships: { some: { role: 'owner', user: { emailVerifiedAt: { not: null } } } } } },
    select: { workspaceId: true, trialEndsAt: true, chosenPlan: true, chosenPeriod: true },
    take: BATCH,
  });
  for (const row of welcome) {
    const ok = await once(row.workspaceId, 'welcomeEmailedAt', now, () =>
      emailWorkspaceOwners({
        workspaceId: row.workspaceId,
        template: 'welcome',
        props: (owner, workspace) => ({
          name: owner.name, workspaceName: workspace.name, trialDays: TRIAL_DAYS, trialEndsOn: formatBillingDate(row.trialEndsAt),
          planLabel: planLabel(row.chosenPlan, row.chosenPeriod), url: `${env().APP_URL.replace(/\/$/, '')}/inbox`,
        }),
      }),
    );
    if (ok) sent.welcome++;
  }

  const ending = await db.workspaceBilling.findMany({
    where: { ...noSubscription, trialEndingEmailedAt: null, trialEndsAt: { gt: now, lte: new Date(now.getTime() + TRIAL_ENDING_NOTICE_DAYS * DAY_MS) } },
    select: { workspaceId: true, trialEndsAt: true, chosenPlan: true, chosenPeriod: true },
    take: BATCH,
  });
  for (const row of ending) {
    const daysLeft = Math.ceil((row.trialEndsAt.getTime() - now.getTime()) / DAY_MS);
    const ok = await once(row.workspaceId, 'trialEndingEmailedAt', now, () =>
      emailWorkspaceOwners({
        workspaceId: row.workspaceId,
        template: 'trial-ending',
        props: (owner, workspace) => ({
          name: owner.name, workspaceName: workspace.name, daysLeft, endsOn: formatBillingDate(row.trialEndsAt), planLabel: planLabel(row.chosenPlan, row.chosenPeriod), url: billingUrl(),
        }),
      }),
    );
    if (ok) sent.trialEnding++;
  }

  const ended = await db.workspaceBilling.findMany({
    where: { ...noSubscription, trialEndedEmailedAt: null, trialEndsAt: { lte: now, gt: new Date(now.getTime() - ENDED_EMAIL_WINDOW_DAYS * DAY_MS) } },
    select: { workspaceId: true },
    take: BATCH,
  });
  for (const row of ended) {
    const ok = await once(row.workspaceId, 'trialEndedEmailedAt', now, () =>
      emailWorkspaceOwners({ workspaceId: row.workspaceId, template: 'trial-ended', props: (owner, workspace) => ({ name: owner.name, workspaceName: workspace.name, url: billingUrl() }) }),
    );
    if (ok) sent.trialEnded++;
  }
  return sent;
}
