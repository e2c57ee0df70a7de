import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';
import { replayWebhookEvents, type ReplayResult } from './replay-webhook-events';

/** Dashboard replay of one failed/dead event of the member's workspace. */
export async function replayWorkspaceWebhookEvent(options: { ctx: WorkspaceContext; eventId: string }): Promise<ReplayResult> {
  const { ctx } = options;
  const event = await ctx.db.webhookEvent.findFirst({ where: { id: options.eventId, status: { in: ['failed', 'dead'] } }, select: { id: true } });
  if (!event) throw new AppError('not_found', 'That event is not waiting for a replay any more.');
  const result = await replayWebhookEvents({ workspaceId: ctx.workspace.id, eventIds: [event.id], statuses: ['failed', 'dead'] });
  await recordAudit({ ctx, action: 'webhook_events.replayed', targetType: 'webhook_event', targetId: event.id, metadata: { count: result.requeued } });
  return result;
}

/** Dashboard "Replay all dead" for the member's workspace. */
export async function replayAllDeadWorkspaceWebhookEvents(options: { ctx: WorkspaceContext }): Promise<ReplayResult> {
  const { ctx } = options;
  const result = await replayWebhookEvents({ workspaceId: ctx.workspace.id, statuses: ['dead'] });
  await recordAudit({ ctx, action: 'webhook_events.replayed', targetType: 'workspace', targetId: ctx.workspace.id, metadata: { count: result.requeued, scope: 'all_dead' } });
  return result;
}
