// Marks finished jobs `completed` for every queue runner of a process in one statement per tick:
// the jobs of one reply finish in three queues (process-webhook-event, agent-reply,
// fetch-contact-profile) close together, and pg-boss's complete() takes one queue per call, so
// per-queue batches were ~one round trip per job. Same effect as pg-boss 10's completeJobs
// (node_modules/pg-boss/src/plans.js): state and completed_on, only for jobs still active.
import type PgBoss from 'pg-boss';
import type { Logger } from '../logger';

export type JobCompleter = {
  /** Resolves once the job's completion was written (or failed and was logged: see below). */
  complete(queue: string, id: string): Promise<void>;
};

type Db = { executeSql(text: string, values: unknown[]): Promise<unknown> };

/** `((name = $1 and id = any($2)) or …)`: an equality on the partition key per queue, so the planner reads only their partitions. */
export function completeJobsSql(queues: number): string {
  const matches = Array.from({ length: queues }, (_, i) => `(name = $${2 * i + 1} and id = any($${2 * i + 2}::uuid[]))`).join(' or ');
  return `update pgboss.job set completed_on = now(), state = 'completed', output = null where state = 'active' and (${matches})`;
}

export function createJobCompleter(boss: PgBoss, log: Logger): JobCompleter {
  const db = boss.getDb() as unknown as Db;
  let waiting = new Map<string, string[]>();
  let flushing: Promise<void> | null = null;
  return {
    complete(queue, id) {
      const ids = waiting.get(queue);
      if (ids) ids.push(id);
      else waiting.set(queue, [id]);
      flushing ??= new Promise<void>((resolve) => {
        setImmediate(() => {
          const batch = waiting;
          waiting = new Map();
          flushing = null;
          const values = [...batch].flatMap(([name, jobIds]) => [name, jobIds]);
          db.executeSql(completeJobsSql(batch.size), values).then(
            () => resolve(),
            (error: unknown) => {
              // The jobs stay active and are retried after they expire; handlers are idempotent.
              log.error({ err: error, jobs: values.length / 2 }, 'could not mark jobs completed; they will run again after they expire');
              resolve();
            },
          );
        });
      });
      return flushing;
    },
  };
}
