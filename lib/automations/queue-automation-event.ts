// The one way an event reaches the rules: a `run-automations` job (never inline), keyed by the
// event so duplicates collapse. Skips the queue when the workspace has nothing that could fire.
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';
import { logger } from '../logger';
import { MAX_AUTOMATION_DEPTH, type AutomationEvent } from './automation-event.schema';

export async function queueAutomationEvent(event: AutomationEvent): Promise<boolean> {
  try {
    if ((event.origin?.depth ?? 0) > MAX_AUTOMATION_DEPTH) return false;
    const [rule, workspace] = await Promise.all([
      db.automationRule.findFirst({ where: { workspaceId: event.workspaceId, trigger: event.trigger, enabled: true }, select: { id: true } }),
      event.trigger === 'message_received' ? db.workspace.findUnique({ where: { id: event.workspaceId }, select: { awayMessageEnabled: true } }) : null,
    ]);
    if (!rule && !workspace?.awayMessageEnabled) return false;
    await enqueue('run-automations', event, { singletonKey: event.eventKey });
    return true;
  } catch (error) {
    // The change that caused the event is already committed; failing the person's action now
    // would only make them retry it. Logged for the operator of the service.
    logger.error({ err: error, workspaceId: event.workspaceId, trigger: event.trigger }, 'automation event not queued');
    return false;
  }
}
