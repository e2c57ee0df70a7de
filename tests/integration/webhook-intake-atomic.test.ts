// The intake writes the delivery, its events and their pg-boss jobs in one statement: an event
// never exists without its job — under concurrency, when the job insert fails, and when the
// process is SIGKILLed mid-stream (the old intake enqueued after commit and lost jobs so).
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
});

import { POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { createFixtureChannels, fixtureIds, sign, webhookRequest } from '../support/meta-webhooks';
import { igEntry } from '../support/webhook-intake';

/** Routed events without exactly one job, and jobs pointing at no event. */
async function orphans() {
  const [row] = await db.$queryRaw<{ eventsWithoutJob: bigint; jobsWithoutEvent: bigint }[]>`
    select
      (select count(*) from "WebhookEvent" e where e.status in ('queued', 'processing', 'processed', 'failed', 'dead')
        and (select count(*) from pgboss.job j where j.name = 'process-webhook-event' and j.data->>'eventId' = e.id::text) <> 1) as "eventsWithoutJob",
      (select count(*) from pgboss.job j where j.name = 'process-webhook-event'
        and not exists (select 1 from "WebhookEvent" e where e.id::text = j.data->>'eventId')) as "jobsWithoutEvent"`;
  return { eventsWithoutJob: Number(row!.eventsWithoutJob), jobsWithoutEvent: Number(row!.jobsWithoutEvent) };
}

const rowCounts = async () => ({ deliveries: await db.webhookDelivery.count(), events: await db.webhookEvent.count() });

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
});

beforeAll(async () => {
  await createFixtureChannels();
});

describe('one statement per delivery', () => {
  it('64 concurrent deliveries: every routed event has exactly one job and every job an event', async () => {
    const accounts = [fixtureIds.igAccount, fixtureIds.igAccount2, '17841499999999998'];
    const bodies = Array.from({ length: 64 }, (_, d) =>
      JSON.stringify({ object: 'instagram', entry: Array.from({ length: 1 + (d % 5) }, (_, i) => igEntry(accounts[(d + i) % 3]!, `mid-conc-${d}-${i}`, `hi ${d}.${i}`)) }),
    );
    const statuses = await Promise.all(bodies.map(async (body) => (await POST(webhookRequest(body, sign(body)))).status));
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(await db.webhookEvent.count()).toBe(bodies.reduce((sum, _, d) => sum + 1 + (d % 5), 0));
    expect(await db.webhookEvent.count({ where: { status: 'queued' } })).toBeGreaterThan(100);
    expect(await orphans()).toEqual({ eventsWithoutJob: 0, jobsWithoutEvent: 0 });
  });

  it('a failing job insert rolls back the delivery and its events, and the answer is a 500 (Meta retries)', async () => {
    await db.$executeRawUnsafe(`create function fail_webhook_jobs() returns trigger language plpgsql as $$ begin raise exception 'simulated job insert failure'; end $$`);
    await db.$executeRawUnsafe(`create trigger fail_webhook_jobs before insert on pgboss.job for each row execute function fail_webhook_jobs()`);
    try {
      const before = await rowCounts();
      const body = JSON.stringify({ object: 'instagram', entry: [igEntry(fixtureIds.igAccount, 'mid-rolled-back', 'never stored')] });
      const response = await POST(webhookRequest(body, sign(body)));
      expect(response.status).toBe(500);
      expect(await rowCounts()).toEqual(before);
      // A delivery with nothing to queue writes no job, so it still goes through.
      const unroutable = JSON.stringify({ object: 'instagram', entry: [igEntry('17841499999999997', 'mid-no-job', 'x')] });
      expect((await POST(webhookRequest(unroutable, sign(unroutable)))).status).toBe(200);
    } finally {
      await db.$executeRawUnsafe('drop trigger fail_webhook_jobs on pgboss.job');
      await db.$executeRawUnsafe('drop function fail_webhook_jobs');
    }
    const body = JSON.stringify({ object: 'instagram', entry: [igEntry(fixtureIds.igAccount, 'mid-rolled-back', 'stored on the retry')] });
    expect((await POST(webhookRequest(body, sign(body)))).status).toBe(200);
    expect(await orphans()).toEqual({ eventsWithoutJob: 0, jobsWithoutEvent: 0 });
  });

  it('SIGKILL of a process in the middle of ingesting leaves no event without its job', { timeout: 120_000 }, async () => {
    const before = await db.webhookDelivery.count();
    const child = spawn('npx', ['tsx', 'tests/support/ingest-until-killed.ts'], {
      env: { ...process.env, INGEST_ACCOUNT: fixtureIds.igAccount, LOG_LEVEL: 'silent' },
      detached: true, // own process group: npx → tsx → node, and SIGKILL must reach the node process
      stdio: 'ignore',
    });
    children.push(child);
    await vi.waitFor(async () => expect(await db.webhookDelivery.count()).toBeGreaterThan(before + 300), { timeout: 90_000, interval: 50 });
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the backends notice the dead connections and roll back
    expect(await db.webhookDelivery.count()).toBeGreaterThan(before + 300);
    expect(await orphans()).toEqual({ eventsWithoutJob: 0, jobsWithoutEvent: 0 });
  });
});
