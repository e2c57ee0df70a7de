import { z } from 'zod';
import { sendPasswordReset } from '../../auth/send-password-reset';
import { defineJob } from '../define-job';

/** Looks the address up and sends a reset link if it has an account (the request already answered). */
export const sendPasswordResetJob = defineJob({
  name: 'send-password-reset',
  payload: z.strictObject({ requestId: z.uuid(), email: z.email() }),
  retry: { limit: 5, delaySeconds: 10 },
  timeoutSeconds: 60,
  // The person is waiting for the email.
  pollingIntervalSeconds: 0.5,
  async handler(payload, { log }) {
    const outcome = await sendPasswordReset(payload);
    // Never the address at info level; the outcome alone says nothing to anyone without log access.
    log.info({ requestId: payload.requestId, outcome }, 'password reset handled');
  },
});
