// Billing as pure rules: plan state transitions (no proration math of ours — Stripe prorates),
// limit checks with their messages, the history cutoff, plan capabilities and the agent's fallback.
import { describe, expect, it } from 'vitest';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { decideAgentMode } from '@/lib/agent/runtime/decide-agent-mode';
import { resolveBillingAccess, sendingPausedMessage, type BillingRow } from '@/lib/billing/billing-access';
import { canExportAuditLog } from '@/lib/billing/can-export-audit-log';
import { historyCutoff, historyHiddenMessage } from '@/lib/billing/history-cutoff';
import { aiReplyLimitLabel, aiReplyLimitReached, checkChannelLimit, checkSeatLimit } from '@/lib/billing/plan-limits';
import { getPlan, plans } from '@/lib/billing/plans';

const now = new Date('2026-12-05T12:00:00Z');
const DAY = 86_400_000;
const row = (patch: Partial<BillingRow> = {}): BillingRow => ({
  trialEndsAt: new Date(now.getTime() + 10 * DAY), chosenPlan: 'growth', chosenPeriod: 'yearly', stripeCustomerId: null, stripeSubscriptionId: null,
  subscriptionStatus: null, plan: null, period: null, currentPeriodEnd: null, cancelAtPeriodEnd: false, ...patch,
});
const subscribed = (status: string, plan: 'starter' | 'growth' | 'scale' = 'growth') => row({ stripeCustomerId: 'cus_1', stripeSubscriptionId: 'sub_1', subscriptionStatus: status, plan, period: 'monthly' });

describe('billing state', () => {
  it('a new workspace is on the free trial with its limits; days left round up', () => {
    expect(resolveBillingAccess(row(), now)).toMatchObject({ state: 'trialing', canSend: true, trialDaysLeft: 10, hasLiveSubscription: false, plan: { id: 'trial' } });
    expect(resolveBillingAccess(row({ trialEndsAt: new Date(now.getTime() + 1) }), now).trialDaysLeft).toBe(1);
  });

  it('an unpaid trial end makes the workspace read-only for sending, on the trial’s limits', () => {
    const access = resolveBillingAccess(row({ trialEndsAt: now }), now);
    expect(access).toMatchObject({ state: 'trial_expired', canSend: false, trialDaysLeft: null, plan: { id: 'trial' } });
    // A checkout that never completed is no subscription.
    expect(resolveBillingAccess({ ...subscribed('incomplete'), trialEndsAt: now }, now).state).toBe('trial_expired');
    expect(resolveBillingAccess({ ...subscribed('incomplete_expired'), trialEndsAt: now }, now).state).toBe('trial_expired');
  });

  it('a paid subscription applies its plan; past_due is a grace period; unpaid/paused stop sending; canceled ends it even mid-trial', () => {
    expect(resolveBillingAccess(subscribed('active', 'scale'), now)).toMatchObject({ state: 'active', canSend: true, hasLiveSubscription: true, plan: { id: 'scale' } });
    expect(resolveBillingAccess(subscribed('trialing'), now)).toMatchObject({ state: 'active', canSend: true });
    expect(resolveBillingAccess(subscribed('past_due'), now)).toMatchObject({ state: 'past_due', canSend: true, plan: { id: 'growth' } });
    expect(resolveBillingAccess(subscribed('unpaid'), now)).toMatchObject({ state: 'unpaid', canSend: false, plan: { id: 'growth' }, hasLiveSubscription: true });
    expect(resolveBillingAccess(subscribed('paused'), now)).toMatchObject({ state: 'unpaid', canSend: false });
    expect(resolveBillingAccess(subscribed('canceled'), now)).toMatchObject({ state: 'canceled', canSend: false, hasLiveSubscription: false, plan: { id: 'trial' } });
  });

  it('an unknown plan on a subscription never grants anything', () => {
    expect(resolveBillingAccess({ ...subscribed('active'), plan: null, trialEndsAt: now }, now).state).toBe('trial_expired');
  });

  it('says why sending is paused and that nothing is lost', () => {
    for (const state of ['trial_expired', 'unpaid', 'canceled'] as const) expect(sendingPausedMessage(state)).toMatch(/Sending is paused.*Incoming messages are still saved\.$/);
  });
});

describe('limits', () => {
  it('seats: members + pending invites, refused at the plan’s number with the upgrade path', () => {
    const trial = getPlan('trial');
    expect(checkSeatLimit({ plan: trial, used: 1 })).toEqual({ ok: true });
    const full = checkSeatLimit({ plan: trial, used: 2 });
    expect(full).toMatchObject({ ok: false, message: expect.stringMatching(/^All 2 seats of the Free trial plan are taken.*An owner can upgrade on the Billing page/) });
    expect(checkSeatLimit({ plan: getPlan('scale'), used: 14 }).ok).toBe(true);
  });

  it('channels and AI replies', () => {
    expect(checkChannelLimit({ plan: getPlan('starter'), connected: 2 }).ok).toBe(true);
    expect(checkChannelLimit({ plan: getPlan('starter'), connected: 3 })).toMatchObject({ ok: false, message: expect.stringContaining('up to 3 channels') });
    expect(aiReplyLimitReached({ plan: getPlan('trial'), used: 199 })).toBe(false);
    expect(aiReplyLimitReached({ plan: getPlan('trial'), used: 200 })).toBe(true);
    expect(aiReplyLimitLabel(getPlan('growth'))).toBe('5,000 AI replies a month on the Growth plan');
  });

  it('history: the cutoff is the plan’s days before now; unlimited plans have none', () => {
    expect(historyCutoff({ plan: getPlan('trial'), now })).toEqual(new Date(now.getTime() - 30 * DAY));
    expect(historyCutoff({ plan: getPlan('growth'), now })).toEqual(new Date(now.getTime() - 365 * DAY));
    expect(historyCutoff({ plan: getPlan('scale'), now })).toBeNull();
    expect(historyHiddenMessage(getPlan('starter'))).toMatch(/90 days of history the Starter plan shows.*not deleted/);
  });

  it('audit log export is a plan capability, and the pricing card says so exactly when it is', () => {
    expect(plans.filter((p) => canExportAuditLog(p)).map((p) => p.id)).toEqual(['trial', 'scale']);
    for (const plan of plans) expect(plan.features.includes('Audit log export'), plan.id).toBe(plan.auditLogExport);
  });

  it('every limit the pricing table prints is one the server checks', () => {
    // pricing-table.tsx prints seats, channels, aiRepliesPerMonth and historyDays for each plan.
    for (const plan of plans) {
      expect(checkSeatLimit({ plan, used: plan.seats }).ok).toBe(false);
      expect(checkChannelLimit({ plan, connected: plan.channels }).ok).toBe(false);
      expect(aiReplyLimitReached({ plan, used: plan.aiRepliesPerMonth })).toBe(true);
      expect(historyCutoff({ plan, now }) === null).toBe(plan.historyDays === null);
    }
  });
});

describe('the agent under billing', () => {
  const settings = { ...defaultAgentSettings(), mode: 'auto' as const };
  const base = { settings, channelId: '00000000-0000-7000-8000-000000000001', handling: 'ai_auto' as const, now, capReached: false };

  it('falls back to drafts at the plan’s AI replies, like at the spending cap', () => {
    expect(decideAgentMode({ ...base, planLimitReached: true })).toEqual({ mode: 'draft', downgradedBy: 'plan_limit' });
    expect(decideAgentMode({ ...base, capReached: true, planLimitReached: true })).toEqual({ mode: 'draft', downgradedBy: 'monthly_cap' });
    expect(decideAgentMode({ ...base, handling: 'ai_draft', planLimitReached: true })).toEqual({ mode: 'draft', downgradedBy: null });
  });

  it('composes nothing while sending is paused', () => {
    expect(decideAgentMode({ ...base, sendingPaused: true })).toEqual({ mode: 'skip', reason: 'sending_paused' });
    expect(decideAgentMode({ ...base, handling: 'human', sendingPaused: true })).toEqual({ mode: 'skip', reason: 'human_handling' });
  });
});
