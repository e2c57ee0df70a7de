// The job runner (lib/jobs/run-queue.ts) against the real embedded Postgres: batches run
// concurrently up to the queue's limit, each job completes exactly once, and a NOTIFY from
// another connection starts a job although the queue's poll is a minute away.
import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { defineJob } from '@/lib/jobs/define-job';
import { JOBS_INSERTED_CHANNEL } from '@/lib/jobs/insert-jobs-sql';
import { createJobCompleter } from '@/lib/jobs/job-completer';
import type { Logger } from '@/lib/logger';
import { jobSlotsForPool, POOL_HEADROOM } from '@/lib/jobs/job-slots';
import { startWorkers } from '@/lib/jobs/start-workers';

describe('job runner', () => {
  it('runs a queue’s jobs concurrently up to its limit, each exactly once', async () => {
    const LIMIT = 6;
    const runs = new Map<number, number>();
    let running = 0;
    let maxRunning = 0;
    let releaseBarrier!: () => void;
    const barrier = new Promise<void>((resolve) => (releaseBarrier = resolve));
    const job = defineJob({
      name: 'test-runner-concurrency',
      payload: z.object({ n: z.number() }),
      retry: { limit: 0, delaySeconds: 1 },
      concurrency: LIMIT,
      pollingIntervalSeconds: 60,
      async handler({ n }) {
        runs.set(n, (runs.get(n) ?? 0) + 1);
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        if (running === LIMIT) releaseBarrier();
        // The first jobs wait until LIMIT run at once: only a runner that really runs LIMIT
        // jobs together gets past this (bounded, so a wrong runner fails instead of hanging).
        await Promise.race([barrier, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        running -= 1;
      },
    });
    const boss = await getBoss();
    await boss.createQueue(job.name, { name: job.name });
    await boss.insert(Array.from({ length: 40 }, (_, n) => ({ name: job.name, data: { n } })));
    // A budget above the queue's limit, so the limit under test is the queue's own (the tests'
    // DATABASE_POOL_SIZE of 4 would otherwise allow 2 jobs at once — tested below).
    const stop = await startWorkers({ jobs: [job], maxRunningJobs: LIMIT + 2 });
    await vi.waitFor(async () => {
      const rows = await db.$queryRaw<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = ${job.name} and state = 'completed'`;
      expect(rows[0]!.n).toBe(40);
    }, { timeout: 20_000, interval: 100 });
    await stop(2_000);
    expect(maxRunning).toBe(LIMIT);
    expect([...runs.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
  });

  it('all queues together run no more jobs at once than the shared budget (the pool minus headroom)', async () => {
    const BUDGET = 3;
    let running = 0;
    let maxRunning = 0;
    const done = new Map<string, number>();
    const makeJob = (name: string) =>
      defineJob({
        name,
        payload: z.object({ n: z.number() }),
        retry: { limit: 0, delaySeconds: 1 },
        concurrency: 4, // the two queues alone would run 8 at once
        pollingIntervalSeconds: 60,
        async handler({ n }) {
          running += 1;
          maxRunning = Math.max(maxRunning, running);
          await new Promise((resolve) => setTimeout(resolve, 150));
          running -= 1;
          done.set(`${name}:${n}`, (done.get(`${name}:${n}`) ?? 0) + 1);
        },
      });
    const jobs = [makeJob('test-runner-budget-a'), makeJob('test-runner-budget-b')];
    const boss = await getBoss();
    for (const job of jobs) {
      await boss.createQueue(job.name, { name: job.name });
      await boss.insert(Array.from({ length: 12 }, (_, n) => ({ name: job.name, data: { n } })));
    }
    const stop = await startWorkers({ jobs, maxRunningJobs: BUDGET });
    await vi.waitFor(() => expect(done.size).toBe(24), { timeout: 20_000, interval: 100 });
    await stop(2_000);
    expect(maxRunning).toBe(BUDGET);
    expect([...done.values()].every((count) => count === 1)).toBe(true);
  });

  it('the default budget leaves headroom in DATABASE_POOL_SIZE', () => {
    expect(jobSlotsForPool(10)).toBe(10 - POOL_HEADROOM);
    expect(jobSlotsForPool(1)).toBe(1);
  });

  it('a NOTIFY from another connection starts a job long before the queue’s poll', async () => {
    const done: string[] = [];
    const job = defineJob({
      name: 'test-runner-notify',
      payload: z.object({ tag: z.string() }),
      retry: { limit: 0, delaySeconds: 1 },
      pollingIntervalSeconds: 120,
      async handler({ tag }) {
        done.push(tag);
      },
    });
    const stop = await startWorkers({ jobs: [job] });
    // Past the runner's first fetch at start, so only the NOTIFY can explain the job running.
    await new Promise((resolve) => setTimeout(resolve, 500));
    // Written the way another process would: a plain insert (pg-boss send) and a NOTIFY on the
    // channel the intake's SQL uses, neither touching this process's runner.
    const boss = await getBoss();
    await boss.send(job.name, { tag: 'woken' });
    await db.$executeRaw`select pg_notify(${JOBS_INSERTED_CHANNEL}, ${job.name})`;
    await vi.waitFor(() => expect(done).toEqual(['woken']), { timeout: 15_000, interval: 50 });
    await stop(2_000);
  });
});

describe('job completer', () => {
  it('completes the finished jobs of several queues in one statement, only jobs still active', async () => {
    const boss = await getBoss();
    const queues = ['test-completer-a', 'test-completer-b', 'test-completer-c'];
    for (const name of queues) await boss.createQueue(name, { name });
    const ids: Record<string, string[]> = {};
    for (const name of queues) {
      await boss.insert(Array.from({ length: 3 }, (_, n) => ({ name, data: { n } })));
      const fetched = (await boss.fetch(name, { batchSize: 3 })) ?? [];
      ids[name] = fetched.map((job) => job.id);
    }
    expect(Object.values(ids).flat()).toHaveLength(9);
    // A job failed meanwhile (its queue retries: state 'retry') is not turned into a completed one.
    await boss.fail('test-completer-c', ids['test-completer-c']![2]!, { message: 'failed elsewhere' });

    const statements: string[] = [];
    const logged: unknown[] = [];
    const dbOfBoss = boss.getDb() as unknown as { executeSql(text: string, values: unknown[]): Promise<unknown> };
    const originalExecute = dbOfBoss.executeSql.bind(dbOfBoss);
    const spy = vi.spyOn(dbOfBoss, 'executeSql').mockImplementation((text: string, values: unknown[]) => {
      statements.push(text);
      return originalExecute(text, values);
    });
    const completer = createJobCompleter(boss, { error: (...args: unknown[]) => logged.push(args) } as unknown as Logger);
    await Promise.all(queues.flatMap((name) => ids[name]!.map((id) => completer.complete(name, id))));
    spy.mockRestore();

    expect(statements).toHaveLength(1);
    expect(logged).toEqual([]);
    const states = await db.$queryRaw<{ name: string; state: string; n: number }[]>`
      select name, state::text as state, count(*)::int as n from pgboss.job where name = any(${queues}) group by name, state order by name, state`;
    expect(states).toEqual([
      { name: 'test-completer-a', state: 'completed', n: 3 },
      { name: 'test-completer-b', state: 'completed', n: 3 },
      { name: 'test-completer-c', state: 'completed', n: 2 },
      { name: 'test-completer-c', state: 'retry', n: 1 },
    ]);
  });
});
