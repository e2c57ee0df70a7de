import { z } from 'zod';
import { sendCsatSurvey } from '../../csat/send-csat-survey';
import { defineJob } from '../define-job';

/** Asks the customer of a just-closed conversation to rate it (no-op when CSAT is off). */
export const sendCsatSurveyJob = defineJob({
  name: 'send-csat-survey',
  payload: z.strictObject({ workspaceId: z.uuid(), conversationId: z.uuid() }),
  retry: { limit: 3, delaySeconds: 30 },
  async handler(payload, { log }) {
    const result = await sendCsatSurvey(payload);
    log.info({ workspaceId: payload.workspaceId, conversationId: payload.conversationId, ...result }, 'csat survey');
  },
});
