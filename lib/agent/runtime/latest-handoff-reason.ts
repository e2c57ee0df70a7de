import type { ScopedDb } from '../../workspaces/scoped-db';

/** The reason of the conversation's latest AI handoff (shown with the needs-human flag). */
export async function latestHandoffReason(options: { db: ScopedDb; conversationId: string }): Promise<string | null> {
  const run = await options.db.agentRun.findFirst({
    where: { conversationId: options.conversationId, status: 'handed_off' },
    orderBy: { createdAt: 'desc' },
    select: { reason: true },
  });
  return run?.reason ?? null;
}
