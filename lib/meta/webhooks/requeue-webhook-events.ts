// Replay's last step: the events go back to `queued` and get their jobs in one statement, so a
// crash in between cannot leave them queued with no job (the same guarantee as the intake).
import { sqlPool } from '../../db';
import { ensureQueueExists } from '../../jobs/ensure-queue-exists';
import { insertJobsSql, notifyJobsInsertedSql } from '../../jobs/insert-jobs-sql';

const QUEUE = 'process-webhook-event';

const REQUEUE_SQL = `
  with requeued as (
    update "WebhookEvent" set status = 'queued', "updatedAt" = now()
    where id = any($1::uuid[]) and "channelId" is not null and "workspaceId" is not null and payload is not null
    returning id
  ), jobs as (
    ${insertJobsSql({ queue: QUEUE, from: 'requeued', data: `jsonb_build_object('eventId', id)`, singletonKey: 'id::text' })}
  )
  select (select count(*) from requeued)::int as requeued, ${notifyJobsInsertedSql({ queue: QUEUE, jobsCte: 'jobs' })} as notified`;

/** Marks routed events `queued` with one new job each; returns how many were re-queued. */
export async function requeueWebhookEvents(eventIds: readonly string[]): Promise<number> {
  if (!eventIds.length) return 0;
  await ensureQueueExists(QUEUE);
  const { rows } = await sqlPool().query<{ requeued: number }>(REQUEUE_SQL, [eventIds]);
  return rows[0]!.requeued;
}
