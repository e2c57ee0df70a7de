// The agent turn reads its limits — billing, the plan's AI replies this month, the spending cap
// with this month's spend, the provider settings — in one statement, and must read them exactly
// as the billing page's getAiReplyAllowance and the usage page's getCapStatus do.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getAiReplyAllowance } from '@/lib/billing/ai-reply-allowance';
import { getWorkspaceBilling } from '@/lib/billing/get-workspace-billing';
import { getCapStatus } from '@/lib/agent/usage/monthly-cap';
import { loadTurnLimits } from '@/lib/agent/runtime/load-turn-limits';
import { createChannel, createConversation } from '../channel-factories';
import { createWorkspaceWithOwner, setWorkspacePlan } from '../factories';
import { recordQueries } from '../support/record-queries';

async function expectSameAsThePages(workspaceId: string, now: Date) {
  const limits = await loadTurnLimits({ workspaceId, now });
  expect(limits.allowance).toEqual(await getAiReplyAllowance({ workspaceId, now }));
  expect(limits.cap).toEqual(await getCapStatus({ workspaceId, now }));
  expect(limits.billing).toEqual((await getWorkspaceBilling({ workspaceId, now })).access);
  return limits;
}

async function addRuns(workspaceId: string, runs: { status: 'sent' | 'drafted' | 'skipped' | 'handed_off'; costMicros: number; at: Date }[]) {
  const channel = await createChannel(workspaceId, 'messenger');
  const { conversation } = await createConversation(channel);
  for (const run of runs) {
    await db.agentRun.create({ data: { workspaceId, conversationId: conversation.id, kind: 'reply', mode: 'auto', status: run.status, provider: 'openai', costMicros: run.costMicros, createdAt: run.at } });
  }
}

describe('loadTurnLimits', () => {
  it('a paying workspace with a cap: replies counted (sent and drafted, this month only), spend summed, provider settings read', async () => {
    const now = new Date('2026-12-15T12:00:00Z');
    const { workspace } = await createWorkspaceWithOwner();
    await setWorkspacePlan(workspace.id, 'starter');
    await db.agentConfig.create({ data: { workspaceId: workspace.id, provider: 'openai', model: 'gpt-4o-mini', apiKeyEnc: 'v1:enc', monthlyCapCents: 1 } });
    await addRuns(workspace.id, [
      { status: 'sent', costMicros: 4_000, at: new Date('2026-12-01T00:00:00Z') },
      { status: 'drafted', costMicros: 3_000, at: new Date('2026-12-10T00:00:00Z') },
      { status: 'skipped', costMicros: 5_000, at: new Date('2026-12-11T00:00:00Z') },
      { status: 'sent', costMicros: 9_000, at: new Date('2026-11-30T23:59:59Z') }, // last month
    ]);
    const limits = await expectSameAsThePages(workspace.id, now);
    expect(limits.allowance.used).toBe(2);
    expect(limits.cap).toMatchObject({ capCents: 1, spentMicros: 12_000, reached: true });
    expect(limits.providerConfig).toEqual({ provider: 'openai', model: 'gpt-4o-mini', apiKeyEnc: 'v1:enc' });
  });

  it('no cap and no AgentConfig: nothing spent, no provider settings; an ended trial pauses sending', async () => {
    const now = new Date();
    const { workspace } = await createWorkspaceWithOwner();
    await setWorkspacePlan(workspace.id, 'trial', { trialEndsAt: new Date(now.getTime() - 86_400_000) });
    const limits = await expectSameAsThePages(workspace.id, now);
    expect(limits.cap).toMatchObject({ capCents: null, spentMicros: 0, reached: false });
    expect(limits.allowance.sendingPaused).toBe(true);
    expect(limits.providerConfig).toBeNull();
  });

  it('a workspace without a billing row reads as the trial its creation implies', async () => {
    const now = new Date();
    const { workspace } = await createWorkspaceWithOwner();
    await db.workspaceBilling.deleteMany({ where: { workspaceId: workspace.id } });
    const limits = await expectSameAsThePages(workspace.id, now);
    expect(limits.billing.state).toBe('trialing');
  });

  it('is one statement, and another workspace’s runs never count', async () => {
    const now = new Date();
    const { workspace } = await createWorkspaceWithOwner();
    const { workspace: other } = await createWorkspaceWithOwner();
    await addRuns(other.id, [{ status: 'sent', costMicros: 1, at: now }]);
    const { result: limits, sent } = await recordQueries(() => loadTurnLimits({ workspaceId: workspace.id, now }));
    expect(limits.allowance.used).toBe(0);
    expect(sent).toHaveLength(1);
  });
});
