import type { AutomationOrigin } from '../../automations/automation-event.schema';
import { queueAutomationEvent } from '../../automations/queue-automation-event';
import { AppError } from '../../errors';
import { recordInboxEvent } from '../../realtime/record-inbox-event';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { getConversationOrThrow } from '../get-conversation-or-throw';

/**
 * Adds or removes one label on one conversation. Both ids are looked up through the scoped
 * client, so another workspace's label or conversation is "not found".
 */
export async function applyConversationLabel(options: {
  ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'>; conversationId: string; labelId: string; applied: boolean;
  /** Set when an automation rule made the change (loop guard). */
  origin?: AutomationOrigin;
}): Promise<{ changed: boolean }> {
  const { ctx, conversationId, labelId, applied } = options;
  assertCan(ctx, 'inbox.use');
  await getConversationOrThrow({ ctx, id: conversationId });
  const label = await ctx.db.label.findFirst({ where: { id: labelId }, select: { id: true } });
  if (!label) throw new AppError('not_found', 'Label not found.');
  let changed: boolean;
  if (applied) {
    const result = await ctx.db.conversationLabel.createMany({ data: [{ workspaceId: ctx.workspace.id, conversationId, labelId }], skipDuplicates: true });
    changed = result.count > 0;
  } else {
    const result = await ctx.db.conversationLabel.deleteMany({ where: { conversationId, labelId } });
    changed = result.count > 0;
  }
  if (changed) await recordInboxEvent({ workspaceId: ctx.workspace.id, conversationId, type: 'conversation.updated', payload: { changes: ['labels'] } });
  if (changed && applied) {
    await queueAutomationEvent({ workspaceId: ctx.workspace.id, trigger: 'label_added', conversationId, labelId, eventKey: `label_added:${conversationId}:${labelId}:${Date.now()}`, origin: options.origin });
  }
  return { changed };
}
