// The guardrail counters of an agent turn, read in one statement from the AgentRun ledger:
// answered turns in the last hour, and the streak of latest answered turns left unresolved.
import { describe, expect, it } from 'vitest';
import { countGuardrailTurns, UNRESOLVED_REASON } from '@/lib/agent/runtime/agent-run-counters';
import { db } from '@/lib/db';
import { createChannel, createConversation } from '../channel-factories';
import { createWorkspaceWithOwner } from '../factories';

const MINUTE = 60_000;

async function conversation() {
  const { workspace } = await createWorkspaceWithOwner();
  const channel = await createChannel(workspace.id, 'messenger');
  const { conversation } = await createConversation(channel);
  return { workspaceId: workspace.id, conversationId: conversation.id };
}

type RunSpec = { status: 'sent' | 'drafted' | 'skipped' | 'running' | 'handed_off'; reason?: string | null; kind?: string; minutesAgo: number };
async function addRuns(target: { workspaceId: string; conversationId: string }, runs: RunSpec[]) {
  const ids: string[] = [];
  for (const run of runs) {
    const row = await db.agentRun.create({
      data: { ...target, kind: run.kind ?? 'reply', mode: 'auto', status: run.status, provider: 'offline', reason: run.reason ?? null, createdAt: new Date(Date.now() - run.minutesAgo * MINUTE) },
      select: { id: true },
    });
    ids.push(row.id);
  }
  return ids;
}

describe('countGuardrailTurns', () => {
  it('counts answered turns of the last hour, not skipped ones, older ones or the asking run', async () => {
    const target = await conversation();
    const [asking] = await addRuns(target, [
      { status: 'running', minutesAgo: 0 },
      { status: 'sent', minutesAgo: 5 },
      { status: 'drafted', minutesAgo: 30 },
      { status: 'skipped', minutesAgo: 10 },
      { status: 'handed_off', minutesAgo: 10 },
      { status: 'sent', minutesAgo: 61 },
    ]);
    const counters = await countGuardrailTurns({ db, ...target, excludeRunId: asking!, now: new Date() });
    expect(counters.repliesInLastHour).toBe(2);
  });

  it('counts the streak of latest unresolved answered turns, stopping at the first resolved one; intros do not break it', async () => {
    const target = await conversation();
    const [asking] = await addRuns(target, [
      { status: 'running', minutesAgo: 0 },
      { status: 'sent', reason: UNRESOLVED_REASON, minutesAgo: 1 },
      { status: 'sent', reason: null, kind: 'intro', minutesAgo: 2 },
      { status: 'drafted', reason: UNRESOLVED_REASON, minutesAgo: 3 },
      { status: 'skipped', reason: 'superseded', minutesAgo: 4 },
      { status: 'sent', reason: null, minutesAgo: 5 },
      { status: 'sent', reason: UNRESOLVED_REASON, minutesAgo: 6 },
    ]);
    expect((await countGuardrailTurns({ db, ...target, excludeRunId: asking!, now: new Date() })).unresolvedTurns).toBe(2);
  });

  it('an all-unresolved history counts every turn up to 25; an empty one counts 0; other conversations never count', async () => {
    const target = await conversation();
    const other = await conversation();
    await addRuns(other, Array.from({ length: 5 }, (_, i) => ({ status: 'sent' as const, reason: UNRESOLVED_REASON, minutesAgo: i + 1 })));
    const [asking] = await addRuns(target, [{ status: 'running', minutesAgo: 0 }]);
    expect(await countGuardrailTurns({ db, ...target, excludeRunId: asking!, now: new Date() })).toEqual({ repliesInLastHour: 0, unresolvedTurns: 0 });
    await addRuns(target, [
      { status: 'sent', reason: UNRESOLVED_REASON, minutesAgo: 1 },
      { status: 'drafted', reason: UNRESOLVED_REASON, minutesAgo: 2 },
      { status: 'sent', reason: UNRESOLVED_REASON, minutesAgo: 3 },
    ]);
    expect((await countGuardrailTurns({ db, ...target, excludeRunId: asking!, now: new Date() })).unresolvedTurns).toBe(3);
    await addRuns(target, Array.from({ length: 30 }, (_, i) => ({ status: 'sent' as const, reason: UNRESOLVED_REASON, minutesAgo: 100 + i })));
    expect((await countGuardrailTurns({ db, ...target, excludeRunId: asking!, now: new Date() })).unresolvedTurns).toBe(25);
  });
});
