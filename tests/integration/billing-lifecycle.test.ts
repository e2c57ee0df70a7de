// Sign-up keeps the plan picked on /pricing and starts the trial; the lifecycle job sends the
// welcome (after the address is confirmed), "trial ends in 3 days" and "trial ended" emails once
// each; the Stripe event sweep re-queues stuck events and forgets old ones.
import { describe, expect, it, vi } from 'vitest';
import { signUpAction, verifyEmailAction } from '@/app/(auth)/actions';
import { getWorkspaceBilling } from '@/lib/billing/get-workspace-billing';
import { sendLifecycleEmails } from '@/lib/billing/send-lifecycle-emails';
import { sweepStripeEvents } from '@/lib/billing/webhooks/sweep-stripe-events';
import { completeSignUp } from '@/lib/auth/complete-sign-up';
import { pendingSignUpSchema } from '@/lib/auth/pending-sign-up.schema';
import { issueUserToken } from '@/lib/auth/user-tokens';
import { createWorkspace } from '@/lib/workspaces/create-workspace';
import { db } from '@/lib/db';
import { createWorkspaceWithOwner, setWorkspacePlan } from '../factories';
import { form } from '../support/sign-in';
import { mockRequest, sameOriginHeaders } from '../support/mock-request';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

const DAY = 86_400_000;
const emails = (to: string, template: string) =>
  db.$queryRaw<{ data: { props: Record<string, unknown> } }[]>`select data from pgboss.job where name = 'send-email' and data->>'to' = ${to} and data->>'template' = ${template}`;

async function signUpWith(plan: string | undefined) {
  mockRequest.headers = sameOriginHeaders();
  const email = `new-${crypto.randomUUID().slice(0, 8)}@example.test`;
  const result = await signUpAction({ ok: false, error: '' }, form({ name: 'Nia New', email, password: 'a calm green kettle 42', workspaceName: 'Nia Shop', acceptTerms: 'on', ...(plan ? { plan } : {}) }));
  expect(result).toMatchObject({ ok: true });
  // The account is created by the complete-sign-up job (lib/auth/complete-sign-up.ts); run it as the worker would.
  const [job] = await db.$queryRaw<{ data: unknown }[]>`select data from pgboss.job where name = 'complete-sign-up' and data->>'email' = ${email}`;
  await completeSignUp(pendingSignUpSchema.parse(job!.data));
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, memberships: { select: { workspaceId: true } } } });
  return { email, userId: user.id, workspaceId: user.memberships[0]!.workspaceId };
}

describe('sign-up', () => {
  it('starts a 14-day trial remembering the plan from /pricing; the welcome comes once the address is confirmed', async () => {
    const { email, userId, workspaceId } = await signUpWith('growth:yearly');
    const { row, access } = await getWorkspaceBilling({ workspaceId });
    expect(row).toMatchObject({ chosenPlan: 'growth', chosenPeriod: 'yearly', stripeCustomerId: null });
    expect(access).toMatchObject({ state: 'trialing', trialDaysLeft: 14 });

    await sendLifecycleEmails();
    expect(await emails(email, 'welcome')).toHaveLength(0); // not confirmed yet

    const token = await issueUserToken({ userId, purpose: 'email_verification' });
    await verifyEmailAction({ ok: false, error: '' }, form({ token })).catch((error: { digest?: string }) => expect(error.digest).toMatch(/NEXT_REDIRECT/));
    await sendLifecycleEmails();
    await sendLifecycleEmails();
    const welcome = await emails(email, 'welcome');
    expect(welcome).toHaveLength(1);
    expect(welcome[0]!.data.props).toMatchObject({ workspaceName: 'Nia Shop', trialDays: 14, planLabel: 'Growth, billed yearly' });
  });

  it('defaults to Growth monthly and ignores a tampered plan', async () => {
    expect((await getWorkspaceBilling({ workspaceId: (await signUpWith(undefined)).workspaceId })).row).toMatchObject({ chosenPlan: 'growth', chosenPeriod: 'monthly' });
    expect((await getWorkspaceBilling({ workspaceId: (await signUpWith('free:forever')).workspaceId })).row).toMatchObject({ chosenPlan: 'growth', chosenPeriod: 'monthly' });
  });

  it('a second workspace gets its own trial, without a welcome email', async () => {
    const { owner } = await createWorkspaceWithOwner();
    const second = await createWorkspace({ userId: owner.id, name: 'Second shop' });
    const row = await db.workspaceBilling.findUniqueOrThrow({ where: { workspaceId: second.id } });
    expect(row.welcomeEmailedAt).not.toBeNull();
    expect(row.trialEndsAt.getTime() - Date.now()).toBeGreaterThan(13.9 * DAY);
  });
});

describe('trial emails', () => {
  it('"ends in 3 days" once, "ended" once, none for a subscribed workspace', async () => {
    const ending = await createWorkspaceWithOwner({ plan: 'trial' });
    const ended = await createWorkspaceWithOwner({ plan: 'trial' });
    const paying = await createWorkspaceWithOwner({ plan: 'starter' });
    await setWorkspacePlan(ending.workspace.id, 'trial', { trialEndsAt: new Date(Date.now() + 2.5 * DAY) });
    await setWorkspacePlan(ended.workspace.id, 'trial', { trialEndsAt: new Date(Date.now() - 3_600_000) });
    await db.workspaceBilling.update({ where: { workspaceId: paying.workspace.id }, data: { trialEndsAt: new Date(Date.now() + DAY) } });

    const first = await sendLifecycleEmails();
    expect(first.trialEnding).toBeGreaterThanOrEqual(1);
    await sendLifecycleEmails();
    const endingMails = await emails(ending.owner.email, 'trial-ending');
    expect(endingMails).toHaveLength(1);
    expect(endingMails[0]!.data.props).toMatchObject({ daysLeft: 3, url: 'http://localhost:3000/billing' });
    expect(await emails(ended.owner.email, 'trial-ended')).toHaveLength(1);
    expect(await emails(ended.owner.email, 'trial-ending')).toHaveLength(0);
    expect(await emails(paying.owner.email, 'trial-ending')).toHaveLength(0);
  });
});

describe('Stripe event sweep', () => {
  it('re-queues events stuck as received and deletes handled ones after 90 days', async () => {
    const old = new Date(Date.now() - 91 * DAY);
    await db.stripeEvent.createMany({
      data: [
        { id: 'evt_sweep_stuck', type: 'invoice.paid', livemode: false, createdAt: old, rawBody: '{}', receivedAt: new Date(Date.now() - 20 * 60_000) },
        { id: 'evt_sweep_old', type: 'invoice.paid', livemode: false, createdAt: old, rawBody: '{}', receivedAt: old, status: 'processed' },
        { id: 'evt_sweep_old_unmatched', type: 'invoice.paid', livemode: false, createdAt: old, rawBody: '{}', receivedAt: old, status: 'unmatched' },
      ],
    });
    const result = await sweepStripeEvents();
    expect(result.requeued).toBeGreaterThanOrEqual(1);
    const jobs = await db.$queryRaw<unknown[]>`select 1 from pgboss.job where name = 'process-stripe-event' and data->>'eventId' = 'evt_sweep_stuck'`;
    expect(jobs).toHaveLength(1);
    expect(await db.stripeEvent.findMany({ where: { id: { startsWith: 'evt_sweep_' } }, select: { id: true }, orderBy: { id: 'asc' } })).toEqual([{ id: 'evt_sweep_old_unmatched' }, { id: 'evt_sweep_stuck' }]);
  });
});
