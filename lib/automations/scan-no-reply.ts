// "No reply for N minutes": once a minute, for each enabled no_reply rule, conversations still
// open whose customer's last message became N minutes old within the last WINDOW (so a late or
// missed cron run still catches them) with nothing sent since. One event per unanswered burst (the
// key carries lastInboundAt), already-fired keys are not queued again, and messages older than
// the rule never fire it.
import { db } from '../db';
import { readStoredRule } from './automation-rule.schema';
import { queueAutomationEvent } from './queue-automation-event';

const BATCH = 200;
export const NO_REPLY_WINDOW_MS = 15 * 60_000;

export async function scanNoReply(options: { now?: Date } = {}): Promise<{ queued: number }> {
  const now = options.now ?? new Date();
  // Across workspaces on purpose (a cron job); every row read carries its own workspaceId.
  const rules = await db.automationRule.findMany({
    where: { trigger: 'no_reply', enabled: true },
    select: { id: true, workspaceId: true, name: true, enabled: true, trigger: true, triggerConfig: true, conditions: true, actions: true, createdAt: true },
  });
  let queued = 0;
  for (const row of rules) {
    const minutes = readStoredRule(row)?.triggerConfig.minutes;
    if (!minutes) continue;
    const due = new Date(now.getTime() - minutes * 60_000);
    const since = new Date(Math.max(due.getTime() - NO_REPLY_WINDOW_MS, row.createdAt.getTime()));
    const conversations = await db.conversation.findMany({
      where: {
        workspaceId: row.workspaceId, status: { in: ['open', 'pending'] }, lastInboundAt: { lte: due, gt: since },
      },
      // "Reply" = anything we sent after the customer's last message (queued, sent or later).
      select: { id: true, lastInboundAt: true, messages: { where: { direction: 'outbound', status: { not: 'failed' } }, orderBy: { sentAt: 'desc' }, take: 1, select: { sentAt: true } } },
      orderBy: { lastInboundAt: 'asc' },
      take: BATCH,
    });
    const pending = conversations
      .filter((c) => !(c.messages[0] && c.lastInboundAt && c.messages[0].sentAt >= c.lastInboundAt))
      .map((c) => ({ id: c.id, key: `no_reply:${row.id}:${c.id}:${c.lastInboundAt!.getTime()}` }));
    const fired = new Set((await db.automationRun.findMany({ where: { workspaceId: row.workspaceId, ruleId: row.id, eventKey: { in: pending.map((c) => c.key) } }, select: { eventKey: true } })).map((r) => r.eventKey));
    for (const conversation of pending) {
      if (fired.has(conversation.key)) continue;
      const queuedOne = await queueAutomationEvent({ workspaceId: row.workspaceId, trigger: 'no_reply', conversationId: conversation.id, ruleId: row.id, eventKey: conversation.key });
      if (queuedOne) queued++;
    }
  }
  return { queued };
}
