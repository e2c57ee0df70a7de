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
   * How often an idle worker slot polls (pg-boss waits this long between fetches even when
   * jobs are waiting, so it caps throughput at concurrency ÷ interval). Default 2; min 0.5.
   */
  pollingIntervalSeconds?: number;
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
