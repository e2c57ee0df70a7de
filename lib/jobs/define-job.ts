import type { z } from 'zod';
import type { Logger } from '../logger';

export type JobContext = { jobId: string; attempt: number; log: Logger };

export type JobDefinition<Schema extends z.ZodType = z.ZodType, Name extends string = string> = {
  /** Queue name; kebab-case, stable forever (it is stored with every job). */
  name: Name;
  payload: Schema;
  /** Retries with exponential backoff, then the job moves to `<name>.dead`. */
  retry: { limit: number; delaySeconds: number };
  /** Seconds a single run may take before pg-boss treats it as failed. */
  timeoutSeconds?: number;
  /**
   * Safety-net poll of an idle queue (lib/jobs/run-queue.ts). Jobs normally start at once: the
   * runner is woken by enqueue() and by NOTIFY, and fetches again while jobs are waiting; the
   * poll only catches lost notifications, retries and delayed jobs. Default 10 (60 for jobs with
   * a schedule); latency-sensitive queues set ~1–2.
   */
  pollingIntervalSeconds?: number;
  /** Jobs of this queue run at once per worker process; default WORKER_CONCURRENCY. */
  concurrency?: number;
  /** Cron (UTC) for recurring jobs; the payload must then accept `{}`. */
  schedule?: string;
  /** Must be safe to run twice: a crash after the work but before the ack re-runs it. */
  handler(payload: z.infer<Schema>, context: JobContext): Promise<void>;
};

export function defineJob<Schema extends z.ZodType, const Name extends string>(
  definition: JobDefinition<Schema, Name>,
): JobDefinition<Schema, Name> {
  return definition;
}

export const deadLetterQueue = (name: string) => `${name}.dead`;
