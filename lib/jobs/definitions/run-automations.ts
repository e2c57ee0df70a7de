import { automationEventSchema } from '../../automations/automation-event.schema';
import { defineJob } from '../define-job';

/**
 * Runs the workspace's automation rules for one event (and the away message for customer
 * messages). Safe to run twice: each rule fires at most once per event key (AutomationRun unique).
 */
export const runAutomationsJob = defineJob({
  name: 'run-automations',
  payload: automationEventSchema,
  retry: { limit: 3, delaySeconds: 10 },
  timeoutSeconds: 60,
  // Rules such as "assign refund messages" should act within a second or two, like ingest.
  pollingIntervalSeconds: 0.5,
  async handler(payload, { log }) {
    // Imported lazily: actions enqueue jobs (enqueue → registry → this file).
    const { runAutomationsForEvent } = await import('../../automations/run-automations-for-event');
    await runAutomationsForEvent(payload, { log });
  },
});
