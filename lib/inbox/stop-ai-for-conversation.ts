// The one place a conversation leaves AI handling: an operator's take-over and the agent's own
// handoff both end here. Guarded on the current handling, so two callers at once change it once.
import type { ScopedDb } from '../workspaces/scoped-db';
import type { AutomationOrigin } from '../automations/automation-event.schema';
import { queueAutomationEvent } from '../automations/queue-automation-event';
import { recordInboxEvent } from '../realtime/record-inbox-event';

export type StopAiResult = { changed: boolean; takenOverById: string | null };

/**
 * `byUserId` null = the AI handed off itself (no person took it yet). `needsHuman` flags it for
 * the team; the reason rides along in the inbox event so open inboxes show it at once.
 */
export async function stopAiForConversation(options: {
  db: ScopedDb;
  workspaceId: string;
  conversationId: string;
  byUserId: string | null;
  now: Date;
  needsHuman?: boolean;
  reason?: string;
  /** Set when an automation rule made the change (loop guard). */
  origin?: AutomationOrigin;
}): Promise<StopAiResult | null> {
  const { db, conversationId, now } = options;
  const current = await db.conversation.findFirst({ where: { id: conversationId }, select: { handling: true, takenOverById: true } });
  if (!current) return null;
  if (current.handling === 'human') {
    // Already with a person; a handoff still raises the flag so the team sees the AI gave up.
    if (options.needsHuman) await db.conversation.updateMany({ where: { id: conversationId }, data: { needsHuman: true, humanInvolved: true } });
    return { changed: false, takenOverById: current.takenOverById };
  }
  const { count } = await db.conversation.updateMany({
    where: { id: conversationId, handling: current.handling },
    data: {
      handling: 'human',
      takenOverById: options.byUserId,
      takenOverAt: now,
      handlingBeforeTakeover: current.handling,
      // Reports: taken over or handed off = not resolved by the AI alone.
      humanInvolved: true,
      ...(options.byUserId ? { lastOperatorActivityAt: now } : {}),
      ...(options.needsHuman ? { needsHuman: true } : {}),
    },
  });
  if (count === 0) {
    const after = await db.conversation.findFirst({ where: { id: conversationId }, select: { takenOverById: true } });
    return { changed: false, takenOverById: after?.takenOverById ?? null };
  }
  await recordInboxEvent({
    workspaceId: options.workspaceId, conversationId, type: 'conversation.updated',
    payload: { changes: options.needsHuman ? ['handling', 'needsHuman'] : ['handling'], ...(options.reason ? { reason: options.reason } : {}) },
  });
  await queueAutomationEvent({ workspaceId: options.workspaceId, trigger: 'handed_to_human', conversationId, eventKey: `handed_to_human:${conversationId}:${now.getTime()}`, origin: options.origin });
  return { changed: true, takenOverById: options.byUserId };
}
