// Pooled connections outlive a lull (DATABASE_POOL_IDLE_SECONDS, default 5 minutes): with pg's
// 10-second default the pool emptied between bursts, and each burst paid for new connections —
// webhook acks of 150–350 ms (docs/benchmarks.md "Webhook ingest").
import { describe, expect, it } from 'vitest';
import type pg from 'pg';
import { sqlPool } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';

describe('pool idle timeout', () => {
  it('the app pool and pg-boss pool keep idle connections for DATABASE_POOL_IDLE_SECONDS (default 300)', async () => {
    expect(process.env.DATABASE_POOL_IDLE_SECONDS).toBeUndefined();
    expect(sqlPool().options.idleTimeoutMillis).toBe(300_000);
    const boss = await getBoss();
    const bossPool = (boss.getDb() as unknown as { pool: pg.Pool }).pool;
    expect(bossPool.options.idleTimeoutMillis).toBe(300_000);
  });

  it('an idle connection is still open after pg’s old 10-second default', async () => {
    await sqlPool().query('select 1');
    const before = sqlPool().totalCount;
    expect(before).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 10_500));
    expect(sqlPool().totalCount).toBe(before);
    expect(sqlPool().idleCount).toBe(before);
  }, 20_000);
});
