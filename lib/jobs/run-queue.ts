// One fetch loop per queue: takes up to `concurrency − running` jobs in one query, runs them
// concurrently, and completes finished jobs in batches (across queues: lib/jobs/job-completer.ts). Replaces pg-boss's `work()`, which runs
// one polling loop per slot taking one job at a time and sleeps the full polling interval between
// fetches even while jobs wait (so a queue's throughput was capped at slots ÷ interval and jobs
// sat 10–28 s in queues while running for 0.1–0.25 s).
//
// When to fetch: at once when woken (this process enqueued, or a NOTIFY from the intake / another
// process — lib/jobs/listen-for-jobs.ts), again as soon as a slot frees while the last fetch came
// back full (more are probably waiting), and otherwise every `pollMs` as a safety net (a lost
// NOTIFY, retries whose start_after has passed, jobs delayed by another process).
//
// Guarantees are pg-boss's: a fetched job is `active` until completed or failed; if this process
// dies first, pg-boss's maintenance expires it after the queue's expire_in and retries it
// (handlers must be idempotent — see define-job.ts). Completion happens only after the handler
// resolved, so a crash can repeat work but never lose it.
import type PgBoss from 'pg-boss';
import { logger, type Logger } from '../logger';
import type { JobDefinition } from './define-job';
import { createJobCompleter, type JobCompleter } from './job-completer';
import type { JobSlots } from './job-slots';

export type QueueRunner = {
  readonly name: string;
  /** Fetch now (jobs were just inserted). Cheap: many wakes before the fetch make one fetch. */
  wake(): void;
  /** Fetch at `at` (a job inserted with a start time in the future). */
  wakeAt(at: Date | number): void;
  /** Stops fetching and waits up to `timeoutMs` for running jobs (their completion included). */
  stop(timeoutMs: number): Promise<void>;
  /** Counters for benches and tests. */
  stats(): { fetches: number; fetched: number; completed: number; failed: number; running: number };
};

type Job = PgBoss.JobWithMetadata<unknown>;

export type RunQueueOptions = {
  boss: PgBoss;
  definition: JobDefinition;
  concurrency: number;
  /**
   * The process-wide budget of running jobs shared with the other queues' runners
   * (lib/jobs/job-slots.ts); without it only `concurrency` limits this queue.
   */
  slots?: JobSlots;
  pollMs: number;
  /** Shared by the process's runners; without it this runner batches its own completions. */
  completer?: JobCompleter;
  /** Runs one job (validation, logging); throws to fail it. */
  run(definition: JobDefinition, job: Job): Promise<void>;
  log?: Logger;
};

export function runQueue(options: RunQueueOptions): QueueRunner {
  const { boss, definition, concurrency, pollMs, run, slots } = options;
  const name = definition.name;
  const log = options.log ?? logger.child({ queue: name });
  const counters = { fetches: 0, fetched: 0, completed: 0, failed: 0 };
  const running = new Set<Promise<void>>();
  let stopping = false;
  let pending = true; // fetch once at start: jobs may have waited while no worker ran
  let moreWaiting = false;
  let signal: (() => void) | null = null;
  const timers = new Set<NodeJS.Timeout>();

  const poke = () => {
    const resolve = signal;
    signal = null;
    resolve?.();
  };

  // Completions of jobs that finish close together (in every queue of the process) go out in
  // one statement (lib/jobs/job-completer.ts).
  const completer = options.completer ?? createJobCompleter(boss, log);
  const complete = (id: string) => completer.complete(name, id);

  const execute = async (job: Job) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const expireMs = Math.max(1, Number(job.expireInSeconds ?? 900)) * 1000;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`Job ${name} ran longer than ${expireMs / 1000} s`)), expireMs);
      });
      await Promise.race([run(definition, job), timeout]);
      clearTimeout(timer);
      await complete(job.id);
      counters.completed += 1;
    } catch (error) {
      clearTimeout(timer);
      counters.failed += 1;
      const data = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { message: String(error) };
      await boss.fail(name, job.id, data).catch((failError: unknown) => {
        log.error({ err: failError, jobId: job.id }, 'could not mark job failed; it will be retried after it expires');
      });
    }
  };

  const start = (job: Job) => {
    const task = execute(job).finally(() => {
      running.delete(task);
      slots?.give(1);
      if (moreWaiting) pending = true;
      poke();
    });
    running.add(task);
  };

  const loop = async () => {
    let failures = 0;
    while (!stopping) {
      const own = concurrency - running.size;
      // Slots are reserved before the fetch so runners fetching at the same time cannot
      // overshoot the shared budget; what the fetch does not fill is given back at once.
      const free = pending && own > 0 ? (slots ? slots.take(own) : own) : 0;
      if (free > 0) {
        pending = false;
        counters.fetches += 1;
        let jobs: Job[] = [];
        try {
          jobs = (await boss.fetch(name, { batchSize: free, includeMetadata: true })) as Job[];
          failures = 0;
        } catch (error) {
          slots?.give(free);
          failures += 1;
          log.error({ err: error }, 'job fetch failed');
          await sleep(Math.min(30_000, 250 * 2 ** Math.min(failures, 7)));
          pending = true;
          continue;
        }
        counters.fetched += jobs.length;
        slots?.give(free - jobs.length);
        moreWaiting = jobs.length === free;
        for (const job of jobs) start(job);
        if (moreWaiting && running.size < concurrency) pending = true;
        continue;
      }
      // Sleep until woken, a slot frees (here or, with jobs pending, in the shared budget) or the
      // safety poll. `pending` stays set while the budget is full, so a freed slot fetches.
      await new Promise<void>((resolve) => {
        signal = resolve;
        const timer = setTimeout(() => {
          pending = true;
          poke();
        }, pollMs);
        timer.unref?.();
        const clear = signal;
        signal = () => {
          clearTimeout(timer);
          clear();
        };
      });
    }
  };
  // Any runner's finished job may free the slot this one waits for.
  const unsubscribe = slots?.onFree(() => {
    if (pending) poke();
  });
  const looping = loop().catch((error: unknown) => log.fatal({ err: error }, 'job runner loop crashed'));

  return {
    name,
    wake() {
      pending = true;
      poke();
    },
    wakeAt(at) {
      // A little after the start time: the database's now() decides, and clocks differ slightly.
      const delay = Math.max(0, Number(at) - Date.now()) + 25;
      if (delay > 2 ** 31 - 1 || delay > pollMs) return; // the safety poll comes first anyway
      const timer = setTimeout(() => {
        timers.delete(timer);
        pending = true;
        poke();
      }, delay);
      timer.unref?.();
      timers.add(timer);
    },
    async stop(timeoutMs) {
      stopping = true;
      unsubscribe?.();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      poke();
      await looping;
      const settled = Promise.allSettled([...running]).then(() => undefined);
      await Promise.race([settled, sleep(timeoutMs)]);
      if (running.size) log.warn({ running: running.size }, 'stopped with jobs still running; they will be retried after they expire');
    },
    stats: () => ({ ...counters, running: running.size }),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());
