import type PgBoss from 'pg-boss';
import { env } from '../env';
import { logger } from '../logger';
import { ensureQueues, getBoss, stopBoss } from './boss';
import type { JobDefinition } from './define-job';
import { createJobCompleter } from './job-completer';
import { createJobSlots, jobSlotsForPool } from './job-slots';
import { listenForJobs } from './listen-for-jobs';
import { jobRegistry } from './registry';
import { runQueue, type QueueRunner } from './run-queue';
import { registerQueueRunner } from './wake-queue';

/** Runs one job: validates its payload, then calls the handler with a scoped logger. */
async function runJob(definition: JobDefinition, job: PgBoss.JobWithMetadata<unknown>): Promise<void> {
  const log = logger.child({ job: definition.name, jobId: job.id, attempt: job.retryCount + 1 });
  const parsed = definition.payload.safeParse(job.data);
  if (!parsed.success) {
    // Retrying cannot fix a bad payload, but failing keeps it (and its error) in the
    // dead-letter queue for inspection instead of dropping it.
    log.error({ issues: parsed.error.issues }, 'job payload invalid');
    throw new Error(`Invalid payload for ${definition.name}: ${parsed.error.message}`);
  }
  const started = performance.now();
  try {
    await definition.handler(parsed.data, { jobId: job.id, attempt: job.retryCount + 1, log });
    log.debug({ ms: Math.round(performance.now() - started) }, 'job done');
  } catch (error) {
    log.warn({ err: error, ms: Math.round(performance.now() - started) }, 'job failed');
    throw error;
  }
}

/** Safety-net poll when a queue does not set one: NOTIFY and local wakes start jobs at once. */
const DEFAULT_POLL_SECONDS = 10;
/** Queues that only run on their cron schedule (or rarely) look even less often. */
const SCHEDULED_POLL_SECONDS = 60;

/**
 * Starts one runner per registered job (lib/jobs/run-queue.ts), the NOTIFY listener that wakes
 * them, and the cron schedules. Returns a function that stops gracefully: running jobs finish
 * (up to the timeout) before pg-boss stops.
 */
export async function startWorkers(options: { jobs?: readonly JobDefinition[]; pollingIntervalSeconds?: number; maxRunningJobs?: number } = {}) {
  const boss = await getBoss();
  const jobs = options.jobs ?? jobRegistry;
  const { WORKER_CONCURRENCY, DATABASE_POOL_SIZE } = env();
  // All queues together run at most this many jobs at once: the pool minus headroom
  // (lib/jobs/job-slots.ts), whatever the per-queue limits add up to.
  const slots = createJobSlots(options.maxRunningJobs ?? jobSlotsForPool(DATABASE_POOL_SIZE));
  await ensureQueues(boss, jobs);
  const listener = listenForJobs();
  await listener.ready.catch((error: unknown) => logger.warn({ err: error }, 'job listener not connected yet; queues are polled until it is'));
  const completer = createJobCompleter(boss, logger);
  const runners: QueueRunner[] = [];
  const unregister: (() => void)[] = [];
  for (const definition of jobs) {
    const pollSeconds = options.pollingIntervalSeconds ?? definition.pollingIntervalSeconds ?? (definition.schedule ? SCHEDULED_POLL_SECONDS : DEFAULT_POLL_SECONDS);
    const concurrency = Math.min(definition.concurrency ?? WORKER_CONCURRENCY, slots.size);
    const runner = runQueue({ boss, definition, concurrency, slots, completer, pollMs: pollSeconds * 1000, run: runJob });
    runners.push(runner);
    unregister.push(registerQueueRunner(runner));
    if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {}, { tz: 'UTC' });
  }
  logger.info({ jobs: jobs.map((j) => j.name), concurrency: WORKER_CONCURRENCY, maxRunningJobs: slots.size }, 'workers started');
  return async function stopWorkers(timeoutMs = 20_000) {
    for (const off of unregister) off();
    await listener.stop();
    await Promise.all(runners.map((runner) => runner.stop(timeoutMs)));
    await stopBoss({ graceful: true, timeoutMs });
    logger.info('workers stopped');
  };
}
