// Snoozed conversations whose time has come open again. Runs from a job across workspaces, in
// bounded batches; the guarded update makes a second run (or an operator acting) harmless.
import { db } from '../db';
import { recordInboxEvent } from '../realtime/record-inbox-event';

export async function wakeSnoozedConversations(options: { now?: Date; batchSize?: number } = {}): Promise<{ woken: number }> {
  const now = options.now ?? new Date();
  // Literal status (not a bound parameter) so the planner can use the partial index
  // manual_Conversation_snoozed_due_idx even with a cached generic plan.
  const due = await db.$queryRaw<{ id: string; workspaceId: string }[]>`
    select id, "workspaceId" from "Conversation"
     where status = 'snoozed' and "snoozedUntil" <= ${now}
     order by "snoozedUntil" limit ${options.batchSize ?? 200}`;
  let woken = 0;
  for (const conversation of due) {
    const { count } = await db.conversation.updateMany({
      where: { id: conversation.id, workspaceId: conversation.workspaceId, status: 'snoozed', snoozedUntil: { lte: now } },
      data: { status: 'open', snoozedUntil: null },
    });
    if (count === 0) continue;
    woken++;
    await recordInboxEvent({ workspaceId: conversation.workspaceId, conversationId: conversation.id, type: 'conversation.updated', payload: { changes: ['status'], status: 'open', reason: 'snooze_ended' } });
  }
  return { woken };
}
