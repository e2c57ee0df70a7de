// Jobs the intake writes with its own SQL must be the jobs pg-boss's send() would write: same
// retry, expiry, retention, dead letter and policy for every registered queue, the same
// singleton semantics, and a loud failure (never a silent skip) when the queue does not exist.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { sqlPool } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { insertJobRowsSql, insertJobsSql } from '@/lib/jobs/insert-jobs-sql';
import { jobRows } from '@/lib/jobs/enqueue';
import { jobRegistry, type JobName } from '@/lib/jobs/registry';

const COMPARED = `name, priority, state, retry_limit, retry_count, retry_delay, retry_backoff, singleton_on, expire_in, dead_letter, policy, started_on, completed_on, output,
  keep_until - start_after as retention, start_after - created_on as delay`;

async function insertViaSql(queue: string, key: string): Promise<string[]> {
  const sql = `with src as (select $1::text as key), jobs as (${insertJobsSql({ queue: queue as JobName, from: 'src', data: `jsonb_build_object('key', key)`, singletonKey: 'key' })}) select id from jobs`;
  const { rows } = await sqlPool().query<{ id: string }>(sql, [key]);
  return rows.map((r) => r.id);
}

async function row(id: string) {
  const { rows } = await sqlPool().query(`select ${COMPARED}, data, singleton_key from pgboss.job where id = $1`, [id]);
  return rows[0] as Record<string, unknown>;
}

beforeAll(async () => {
  await getBoss(); // creates every registered queue from its definition
});

describe('insertJobsSql', () => {
  it.each(jobRegistry.map((job) => [job.name]))('writes the row boss.send writes for %s', async (queue) => {
    const boss = await getBoss();
    const key = randomUUID();
    const sentId = await boss.send(queue, { key }, { singletonKey: key });
    const [sqlId] = await insertViaSql(queue, key);
    const [sent, written] = [await row(sentId!), await row(sqlId!)];
    expect(written).toEqual(sent);
    expect(written).toMatchObject({ data: { key }, singleton_key: key, state: 'created' });
  });

  it('keeps pg-boss singleton semantics: under a short policy a second waiting job with the key is a no-op, like send() returning null', async () => {
    const boss = await getBoss();
    await boss.createQueue('insert-jobs-sql-short', { name: 'insert-jobs-sql-short', policy: 'short', retryLimit: 3 });
    expect(await insertViaSql('insert-jobs-sql-short', 'k1')).toHaveLength(1);
    expect(await insertViaSql('insert-jobs-sql-short', 'k1')).toHaveLength(0);
    expect(await boss.send('insert-jobs-sql-short', {}, { singletonKey: 'k1' })).toBeNull();
    expect(await insertViaSql('insert-jobs-sql-short', 'k2')).toHaveLength(1);
    const { rows } = await sqlPool().query(`select policy, retry_limit from pgboss.job where name = 'insert-jobs-sql-short' limit 1`);
    expect(rows[0]).toEqual({ policy: 'short', retry_limit: 3 });
  });

  it('fails the whole statement when the queue does not exist (no partition), instead of writing nothing', async () => {
    await expect(insertViaSql('no-such-queue', 'x')).rejects.toMatchObject({ code: '23514' });
  });

  it('refuses a queue name that is not a plain identifier', () => {
    expect(() => insertJobsSql({ queue: "x'; drop table pgboss.job; --" as JobName, from: 'src', data: `'{}'::jsonb` })).toThrow(/Not a queue name/);
  });
});

describe('insertJobRowsSql (jobs of several queues in one statement)', () => {
  const insertRows = async (rows: unknown[]) => (await sqlPool().query<{ id: string; name: string }>(`with jobs as (${insertJobRowsSql('$1')}) select id, name from jobs`, [JSON.stringify(rows)])).rows;

  it.each(jobRegistry.map((job) => [job.name]))('writes the row boss.send writes for %s', async (queue) => {
    const boss = await getBoss();
    const key = randomUUID();
    const sentId = await boss.send(queue, { key }, { singletonKey: key });
    const [written] = await insertRows([{ name: queue, data: { key }, singletonKey: key, startAfter: null }]);
    expect(await row(written!.id)).toEqual(await row(sentId!));
  });

  it('writes jobs of different queues at once; startAfter delays, as send({ startAfter }) does', async () => {
    const later = new Date(Date.now() + 60_000);
    const rows = jobRows([
      { name: 'fetch-contact-profile', payload: { contactId: randomUUID() }, options: { singletonKey: 'a' } },
      { name: 'agent-reply', payload: { workspaceId: randomUUID(), messageId: randomUUID() }, options: { startAfter: later } },
    ]);
    const written = await insertRows(rows);
    expect(written.map((w) => w.name).sort()).toEqual(['agent-reply', 'fetch-contact-profile']);
    const { rows: [delayed] } = await sqlPool().query<{ start_after: Date }>(`select start_after from pgboss.job where id = $1`, [written.find((w) => w.name === 'agent-reply')!.id]);
    expect(delayed!.start_after.getTime()).toBe(later.getTime());
  });

  it('validates payloads before writing (jobRows), and a name with no queue fails the statement', async () => {
    expect(() => jobRows([{ name: 'agent-reply', payload: { workspaceId: 'not-a-uuid', messageId: randomUUID() } }])).toThrow();
    await expect(insertRows([{ name: 'no-such-queue', data: {}, singletonKey: null, startAfter: null }])).rejects.toMatchObject({ code: '23514' });
  });

  it('refuses anything but a placeholder for the rows', () => {
    expect(() => insertJobRowsSql("'[]'")).toThrow(/Not a placeholder/);
  });
});
