import type { z } from 'zod';
import { AppError } from '../errors';
import { sqlPool } from '../db';
import { getBoss } from './boss';
import { JOBS_INSERTED_CHANNEL } from './insert-jobs-sql';
import type { JobName, RegisteredJob } from './registry';
import { getJobDefinition } from './registry';
import { wakeQueue } from './wake-queue';

type PayloadOf<Name extends JobName> = z.input<Extract<RegisteredJob, { name: Name }>['payload']>;

export type EnqueueOptions = {
  /** At most one queued job per key (e.g. one per webhook event id). */
  singletonKey?: string;
  startAfter?: Date | number;
};

/** The only way to queue work: validates the payload against the job's schema first. */
export async function enqueue<Name extends JobName>(name: Name, payload: PayloadOf<Name>, options: EnqueueOptions = {}): Promise<string | null> {
  const definition = getJobDefinition(name);
  if (!definition) throw new AppError('bad_request', `Unknown job "${name}"`);
  const data = definition.payload.parse(payload) as object;
  const boss = await getBoss();
  const id = await boss.send(name, data, { singletonKey: options.singletonKey, startAfter: options.startAfter });
  if (id) await wake(name, options.startAfter);
  return id;
}

/**
 * Starts the job now rather than at the next poll: this process's runner directly, else (a web
 * process) the workers through NOTIFY. A job that starts later is left to the runner's timer
 * or poll. A failed NOTIFY only costs latency, never the job, so it is logged, not thrown.
 */
async function wake(name: JobName, startAfter: EnqueueOptions['startAfter']): Promise<void> {
  // pg-boss reads a number as seconds from now.
  const at = startAfter === undefined ? Date.now() : startAfter instanceof Date ? startAfter.getTime() : Date.now() + startAfter * 1000;
  if (wakeQueue(name, at)) return;
  if (at > Date.now()) return;
  await sqlPool()
    .query('select pg_notify($1, $2)', [JOBS_INSERTED_CHANNEL, name])
    .catch(() => {});
}
