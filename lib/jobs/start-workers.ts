import type PgBoss from 'pg-boss';
import { env } from '../env';
import { logger } from '../logger';
import { ensureQueues, getBoss, stopBoss } from './boss';
import type { JobDefinition } from './define-job';
import { jobRegistry } from './registry';

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

/**
 * Starts a worker for every registered job and the cron schedules. Returns a function that
 * stops gracefully: active jobs finish (up to the timeout) before the process exits.
 */
export async function startWorkers(options: { jobs?: readonly JobDefinition[]; pollingIntervalSeconds?: number } = {}) {
  const boss = await getBoss();
  const jobs = options.jobs ?? jobRegistry;
  const { WORKER_CONCURRENCY } = env();
  await ensureQueues(boss, jobs);
  for (const definition of jobs) {
    for (let i = 0; i < WORKER_CONCURRENCY; i++) {
      await boss.work(
        definition.name,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? definition.pollingIntervalSeconds ?? 2 },
        async ([job]) => {
          if (job) await runJob(definition, job);
        },
      );
    }
    if (definition.schedule) await boss.schedule(definition.name, definition.schedule, {}, { tz: 'UTC' });
  }
  logger.info({ jobs: jobs.map((j) => j.name), concurrency: WORKER_CONCURRENCY }, 'workers started');
  return async function stopWorkers(timeoutMs = 20_000) {
    await stopBoss({ graceful: true, timeoutMs });
    logger.info('workers stopped');
  };
}
