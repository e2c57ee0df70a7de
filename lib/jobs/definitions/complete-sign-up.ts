import { completeSignUp } from '../../auth/complete-sign-up';
import { pendingSignUpSchema } from '../../auth/pending-sign-up.schema';
import { defineJob } from '../define-job';

/** Creates the account from the sign-up form, or tells the address's owner they already have one. */
export const completeSignUpJob = defineJob({
  name: 'complete-sign-up',
  payload: pendingSignUpSchema,
  retry: { limit: 5, delaySeconds: 10 },
  timeoutSeconds: 60,
  // Sign-up is interactive: the verification email should arrive within seconds.
  pollingIntervalSeconds: 0.5,
  async handler(payload, { log }) {
    const outcome = await completeSignUp(payload);
    // Never the address at info level.
    log.info({ signUpId: payload.signUpId, outcome }, 'sign-up completed');
  },
});
