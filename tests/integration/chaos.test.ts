// CI-sized chaos (bench/chaos at a few hundred messages): signed deliveries sent Meta-style to a
// web child process (redelivered until answered 200) while a worker child process is SIGKILLed
// mid-run and restarted. Its active jobs come back through pg-boss expiry + maintenance (no test
// shortcut), and SQL proves every acknowledged message stored exactly once, every event
// processed and each unread counter moved once per message. bench/chaos/run.ts is the 100k run.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
});

import { db } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { runChaos } from '../../bench/chaos/harness';

describe('chaos: kill -9 of a worker during a webhook burst', () => {
  it('loses and duplicates nothing', { timeout: 300_000 }, async () => {
    await getBoss(); // queues exist before the first delivery, as on a deployed database
    const workspace = await db.workspace.create({ data: { name: 'Chaos', slug: 'chaos-test' }, select: { id: true } });
    const phoneNumberId = '106540352242977';
    const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'whatsapp', externalId: phoneNumberId, phoneNumberId, name: 'Chaos' }, select: { id: true } });
    const result = await runChaos({
      runId: 'ci', appSecret: process.env.META_APP_SECRET!, phoneNumberId, channelId: channel.id,
      messages: 300, perDelivery: 3, contacts: 30, webProcesses: 1, workerProcesses: 1, basePort: 3180 + Math.floor(Math.random() * 9), inFlight: 8,
      kills: { workerAfterAcked: 90 }, killIntervalMs: [0, 0], drainTimeoutMs: 200_000,
      env: { ...process.env, LOG_LEVEL: 'error', WORKER_CONCURRENCY: '4' },
    });
    expect(result.kills.worker).toBe(1);
    expect(result.acked).toBe(300);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.stored).toBe(300);
    expect(result.unprocessedEvents).toBe(0);
    expect(result.unreadMismatches).toBe(0);
  });
});
