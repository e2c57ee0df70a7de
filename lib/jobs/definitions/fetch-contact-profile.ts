import { z } from 'zod';
import { fetchContactProfile } from '../../inbox/fetch-contact-profile';
import { defineJob } from '../define-job';

/** Caches a new contact's name/username/avatar; best-effort (failures are logged, not retried). */
export const fetchContactProfileJob = defineJob({
  name: 'fetch-contact-profile',
  payload: z.object({ contactId: z.uuid() }),
  retry: { limit: 2, delaySeconds: 30 },
  timeoutSeconds: 60,
  // Enrichment nobody waits for: at most two at once per worker, so a burst of new contacts never
  // fills the process's shared job slots (DATABASE_POOL_SIZE − 2) ahead of the webhook → AI reply
  // path (bench:agent-loop saw its backlog hold all 8 slots and push p50 at 10/s from 0.1 s to 5 s).
  concurrency: 2,
  async handler({ contactId }, { log }) {
    await fetchContactProfile({ contactId, log });
  },
});
