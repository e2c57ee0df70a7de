// pg-boss jobs written by our own SQL, inside the statement that writes the rows they point at,
// so a job exists if and only if its rows committed (a crash between "commit rows" and
// "boss.send" used to leave rows with no job). Used by the webhook intake and replay.
import type { JobName } from './registry';

/** The pg-boss schema (lib/jobs/boss.ts creates PgBoss with `schema: 'pgboss'`). */
const SCHEMA = 'pgboss';

/**
 * NOTIFY channel the intake signals after inserting jobs (payload: the queue name). Nothing
 * listens yet; a worker that LISTENs here can fetch at once instead of waiting for its poll.
 */
export const JOBS_INSERTED_CHANNEL = 'relaydesk_jobs_inserted';

const QUEUE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

/**
 * An `INSERT INTO pgboss.job … SELECT … RETURNING id` (for a CTE) writing one job per row of
 * `from`, column for column what pg-boss 10.4's `send(queue, data, { singletonKey })` writes
 * (`insertJob` in node_modules/pg-boss/src/plans.js), with the constructor's defaults unset as
 * in lib/jobs/boss.ts:
 *  - retry limit/delay/backoff, expiry and dead letter come from the queue row, which
 *    `ensureQueues` writes from the job definition; keep-until is start + the queue's retention
 *    or 14 days; priority 0; start now; the queue's policy is copied onto the job;
 *  - `ON CONFLICT DO NOTHING`: under a `short`/`singleton`/`stately` policy a job with the same
 *    singleton key already waiting makes this one a no-op, exactly as `send` returns null.
 *    (Under the default `standard` policy pg-boss has no unique index, so the key is a label.)
 * The queue is LEFT JOINed on purpose: if it does not exist, neither does its partition of
 * pgboss.job, and the insert fails ("no partition … found") — failing the whole statement
 * rather than silently writing rows without jobs.
 *
 * `from` is a FROM-clause fragment (e.g. `events where status = 'queued'`), `data` a jsonb
 * expression over it, `singletonKey` a text expression; all three are trusted SQL written by
 * the caller, never user input.
 */
export function insertJobsSql(options: { queue: JobName; from: string; data: string; singletonKey?: string }): string {
  if (!QUEUE_NAME.test(options.queue)) throw new Error(`Not a queue name: ${options.queue}`);
  return insertJobsFromSql({
    name: `'${options.queue}'`,
    source: `(select ${options.data} as data, ${options.singletonKey ?? 'null::text'} as singleton_key, now() as start_after from ${options.from})`,
  });
}

/** The insert itself: one job per row of `source` (columns data, singleton_key, start_after), for queue `name` (a SQL expression over it). */
function insertJobsFromSql(options: { name: string; source: string }): string {
  return `insert into ${SCHEMA}.job (
      id, name, data, priority, start_after, singleton_key, singleton_on, dead_letter,
      expire_in, keep_until, retry_limit, retry_delay, retry_backoff, policy
    )
    select
      gen_random_uuid(),
      ${options.name},
      j.data,
      0,
      j.start_after,
      j.singleton_key,
      null,
      q.dead_letter,
      case when q.expire_seconds is not null then q.expire_seconds * interval '1s' else interval '15 minutes' end,
      j.start_after + cast(coalesce((q.retention_minutes * 60)::text, '14 days') as interval),
      coalesce(q.retry_limit, 2),
      case when coalesce(q.retry_backoff, false) then greatest(q.retry_delay, 1) else coalesce(q.retry_delay, 0) end,
      coalesce(q.retry_backoff, false),
      q.policy
    from ${options.source} j
    left join ${SCHEMA}.queue q on q.name = ${options.name}
    on conflict do nothing
    returning id, name, start_after`;
}

/**
 * A scalar SQL expression that NOTIFYs {@link JOBS_INSERTED_CHANNEL} with the queue name when the
 * CTE `jobsCte` inserted any job. NOTIFY is transactional: it is delivered at commit, never for a
 * rolled-back statement.
 */
export function notifyJobsInsertedSql(options: { queue: JobName; jobsCte: string }): string {
  if (!QUEUE_NAME.test(options.queue)) throw new Error(`Not a queue name: ${options.queue}`);
  return `(select pg_notify('${JOBS_INSERTED_CHANNEL}', '${options.queue}') where exists (select 1 from ${options.jobsCte}))`;
}

/**
 * Like {@link insertJobsSql}, for jobs of any queues at once: one row per element of the jsonb
 * array `rowsParam` (a placeholder such as `$2`), each `{ name, data, singletonKey, startAfter }`
 * (startAfter an ISO time or null for now). Built by {@link jobRows}, which validates every
 * payload against its job's schema. A name with no queue fails the statement, as above.
 */
export function insertJobRowsSql(rowsParam: string): string {
  if (!/^\$\d+$/.test(rowsParam)) throw new Error(`Not a placeholder: ${rowsParam}`);
  return insertJobsFromSql({
    name: 'j.name',
    source: `(
      select r.name, r.data, r."singletonKey" as singleton_key, coalesce(r."startAfter", now()) as start_after
      from jsonb_to_recordset(${rowsParam}::jsonb) as r(name text, data jsonb, "singletonKey" text, "startAfter" timestamptz)
    )`,
  });
}
