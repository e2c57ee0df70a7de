import { z } from 'zod';
import { fetchContactProfile } from '../../inbox/fetch-contact-profile';
import { defineJob } from '../define-job';

/** Caches a new contact's name/username/avatar; best-effort (failures are logged, not retried). */
export const fetchContactProfileJob = defineJob({
  name: 'fetch-contact-profile',
  payload: z.object({ contactId: z.uuid() }),
  retry: { limit: 2, delaySeconds: 30 },
  timeoutSeconds: 60,
  async handler({ contactId }, { log }) {
    await fetchContactProfile({ contactId, log });
  },
});
