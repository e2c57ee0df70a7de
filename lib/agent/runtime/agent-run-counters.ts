// The guardrail counters composeReply needs, computed from this conversation's AgentRun rows
// (the ledger of every turn), so they survive restarts and count drafts as well as sends.
import type { ScopedDb } from '../../workspaces/scoped-db';

const answered = ['drafted', 'sent'] as const;

export async function countRepliesInLastHour(options: { db: ScopedDb; conversationId: string; excludeRunId: string; now: Date }): Promise<number> {
  return options.db.agentRun.count({
    where: { conversationId: options.conversationId, status: { in: [...answered] }, id: { not: options.excludeRunId }, createdAt: { gte: new Date(options.now.getTime() - 3_600_000) } },
  });
}

/** Consecutive latest answered turns that did not resolve the question (runs store reason 'unresolved'). */
export async function countUnresolvedTurns(options: { db: ScopedDb; conversationId: string; excludeRunId: string }): Promise<number> {
  const recent = await options.db.agentRun.findMany({
    where: { conversationId: options.conversationId, status: { in: [...answered] }, kind: { not: 'intro' }, id: { not: options.excludeRunId } },
    orderBy: { createdAt: 'desc' },
    take: 25,
    select: { reason: true },
  });
  let count = 0;
  for (const run of recent) {
    if (run.reason !== UNRESOLVED_REASON) break;
    count += 1;
  }
  return count;
}

export const UNRESOLVED_REASON = 'unresolved';
