// The webhook worker's last write for an event, in ONE statement: its follow-up jobs (the agent's
// replies, the new contacts' profile fetches — any queues) and the event marked processed. It was
// a pg-boss send per job and an update: three round trips for a plain message, and a crash
// between them left jobs for an event still marked failed (harmless, the jobs are idempotent, but
// now both commit or neither).
import { jobRows, wakeInsertedJobs, type JobRequest } from '../../jobs/enqueue';
import { insertJobRowsSql } from '../../jobs/insert-jobs-sql';
import { runPreparedSql } from '../../run-prepared-query';

const MARK_PROCESSED_SQL = `
  with jobs as (${insertJobRowsSql('$2')}),
  done as (
    update "WebhookEvent" set status = 'processed', "processedAt" = now(), "lastError" = null, "updatedAt" = now()
    where id = $1::uuid
    returning id
  )
  select (select count(*) from jobs)::int as jobs, (select count(*) from done)::int as events`;

export async function markEventProcessed(eventId: string, followUps: readonly JobRequest[]): Promise<{ jobs: number }> {
  const rows = jobRows(followUps);
  const [result] = await runPreparedSql<{ jobs: number; events: number }>(MARK_PROCESSED_SQL, [eventId, JSON.stringify(rows)]);
  await wakeInsertedJobs(rows);
  return { jobs: result?.jobs ?? 0 };
}
