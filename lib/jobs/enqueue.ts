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

/** A job to write inside a caller's own statement (insertJobRowsSql in lib/jobs/insert-jobs-sql.ts). */
export type JobRequest = { [Name in JobName]: { name: Name; payload: PayloadOf<Name>; options?: EnqueueOptions } }[JobName];
export type JobRow = { name: JobName; data: object; singletonKey: string | null; startAfter: string | null };

/**
 * Validates each payload against its job's schema (as enqueue does) and returns the rows for
 * insertJobRowsSql; after the statement commits, call {@link wakeInsertedJobs}.
 */
export function jobRows(requests: readonly JobRequest[]): JobRow[] {
  return requests.map(({ name, payload, options = {} }) => {
    const definition = getJobDefinition(name);
    if (!definition) throw new AppError('bad_request', `Unknown job "${name}"`);
    const at = options.startAfter === undefined ? null : options.startAfter instanceof Date ? options.startAfter : new Date(Date.now() + options.startAfter * 1000);
    return { name, data: definition.payload.parse(payload) as object, singletonKey: options.singletonKey ?? null, startAfter: at ? at.toISOString() : null };
  });
}

/** Wakes the runners of jobs a caller's statement inserted (once per queue), as enqueue does. */
export async function wakeInsertedJobs(rows: readonly JobRow[]): Promise<void> {
  const first = new Map<JobName, JobRow>();
  for (const row of rows) if (!first.has(row.name) || (row.startAfter ?? '') < (first.get(row.name)!.startAfter ?? '')) first.set(row.name, row);
  for (const [name, row] of first) await wake(name, row.startAfter ? new Date(row.startAfter) : undefined);
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
