import { z } from 'zod';
import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { deadLetterQueue, defineJob } from '@/lib/jobs/define-job';
import { enqueue } from '@/lib/jobs/enqueue';
import { startWorkers } from '@/lib/jobs/start-workers';
import { auditLogRetentionJob } from '@/lib/jobs/definitions/audit-log-retention';

const DAY = 86_400_000;

describe('background jobs', () => {
  it('the audit-log retention job deletes only entries past retention', async () => {
    const workspace = await db.workspace.create({ data: { name: 'Acme', slug: 'acme-jobs' } });
    const now = Date.now();
    await db.auditLog.createMany({
      data: [
        { workspaceId: workspace.id, action: 'old.1', createdAt: new Date(now - 91 * DAY) },
        { workspaceId: workspace.id, action: 'old.2', createdAt: new Date(now - 400 * DAY) },
        { workspaceId: workspace.id, action: 'recent', createdAt: new Date(now - 89 * DAY) },
      ],
    });

    const stop = await startWorkers({ jobs: [auditLogRetentionJob], pollingIntervalSeconds: 0.5 });
    const jobId = await enqueue('audit-log-retention', { retentionDays: 90 });
    const boss = await getBoss();
    await vi.waitFor(async () => expect((await boss.getJobById('audit-log-retention', jobId!))?.state).toBe('completed'), { timeout: 15_000, interval: 200 });
    await stop(2_000);

    const left = await db.auditLog.findMany({ where: { workspaceId: workspace.id }, select: { action: true } });
    expect(left.map((r) => r.action)).toEqual(['recent']);
  });

  it('rejects a payload that does not match the job schema before queueing', async () => {
    // @ts-expect-error — the type system already forbids it; the runtime check is for untyped callers
    await expect(enqueue('audit-log-retention', { retentionDays: 'ninety' })).rejects.toThrow();
  });

  it('retries a failing job with backoff, then moves it to the dead-letter queue', async () => {
    const attempts: number[] = [];
    const flaky = defineJob({
      name: 'test-always-fails',
      payload: z.object({ n: z.number() }),
      retry: { limit: 2, delaySeconds: 1 },
      async handler(_payload, { attempt }) {
        attempts.push(attempt);
        throw new Error('boom');
      },
    });
    const stop = await startWorkers({ jobs: [flaky], pollingIntervalSeconds: 0.5 });
    const boss = await getBoss();
    const jobId = await boss.send(flaky.name, { n: 1 });
    await vi.waitFor(async () => expect((await boss.getJobById(flaky.name, jobId!))?.state).toBe('failed'), { timeout: 25_000, interval: 250 });
    await stop(2_000);

    expect(attempts).toEqual([1, 2, 3]);
    const dead = await (await getBoss()).fetch<{ n: number }>(deadLetterQueue(flaky.name));
    expect(dead.map((j) => j.data)).toEqual([{ n: 1 }]);
  });
});
