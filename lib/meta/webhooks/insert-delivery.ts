// The whole intake write as ONE statement: the delivery row (raw bytes), its event rows and one
// pg-boss job per queued event. One statement is one implicit transaction: either all of it
// commits or none does, so no crash or error can leave an event `queued` without a job, and it
// holds a pool connection for a single round trip (the old interactive transaction held one
// for ~6 round trips plus one lookup per entry, which exhausted the pool under bursts: P2028).
import { sqlPool } from '../../db';
import { ensureQueueExists, forgetQueueCheck } from '../../jobs/ensure-queue-exists';
import { insertJobsSql, notifyJobsInsertedSql } from '../../jobs/insert-jobs-sql';

const QUEUE = 'process-webhook-event';

export type EventRow = {
  id: string;
  unitIndex: number;
  routingKey: string | null;
  channelId: string | null;
  workspaceId: string | null;
  /** Already storable (storable-json.ts); null for a malformed unit. */
  payload: unknown;
  status: 'queued' | 'unroutable' | 'malformed';
  lastError: string | null;
};

export type DeliveryRow = { id: string; rawBody: Uint8Array; object: string | null; status: 'accepted' | 'malformed'; error: string | null };

// Foreign keys (event → delivery) are checked at the end of the statement, after every CTE ran.
const INSERT_DELIVERY_SQL = `
  with delivery as (
    insert into "WebhookDelivery" (id, "rawBody", object, status, error)
    values ($1::uuid, $2::bytea, $3, $4::"WebhookDeliveryStatus", $5)
  ), events as (
    insert into "WebhookEvent" (id, "deliveryId", "unitIndex", object, "routingKey", "channelId", "workspaceId", payload, status, "lastError", "updatedAt")
    select u.id, $1::uuid, u."unitIndex", $3, u."routingKey", u."channelId", u."workspaceId", u.payload, u.status::"WebhookEventStatus", u."lastError", now()
    from json_to_recordset($6::json) as u(id uuid, "unitIndex" int, "routingKey" text, "channelId" uuid, "workspaceId" uuid, payload jsonb, status text, "lastError" text)
    returning id, status
  ), jobs as (
    ${insertJobsSql({ queue: QUEUE, from: `events where status = 'queued'`, data: `jsonb_build_object('eventId', id)`, singletonKey: 'id::text' })}
  )
  select (select count(*) from jobs)::int as jobs, ${notifyJobsInsertedSql({ queue: QUEUE, jobsCte: 'jobs' })} as notified`;

/** Writes the delivery, its events and their jobs; resolves only after the commit. */
export async function insertDelivery(delivery: DeliveryRow, events: readonly EventRow[]): Promise<{ jobs: number }> {
  await ensureQueueExists(QUEUE);
  const params = [delivery.id, delivery.rawBody, delivery.object, delivery.status, delivery.error, JSON.stringify(events)];
  try {
    const { rows } = await sqlPool().query<{ jobs: number }>({ name: 'insert-webhook-delivery', text: INSERT_DELIVERY_SQL, values: params });
    return { jobs: rows[0]!.jobs };
  } catch (error) {
    // 23514 includes "no partition of relation job found": the queue vanished; re-check next time.
    if ((error as { code?: string }).code === '23514') forgetQueueCheck(QUEUE);
    throw error;
  }
}
