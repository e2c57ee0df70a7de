// The kill test: a real worker process is SIGKILLed while it works ~200 webhook events; a new
// one finishes them. Every message must exist exactly once and every event end processed.
//
// How the killed worker's jobs come back: pg-boss only re-delivers an `active` job once its
// expireInSeconds (30 s for process-webhook-event) has passed and maintenance has run (every
// 2 minutes by default). To keep the test fast it backdates the orphaned jobs' started_on and
// runs pg-boss's own expiry (`boss.expire()`, the same SQL maintenance runs), which moves them
// to `retry` exactly as a real timeout would.
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
});

import { db } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { receiveDelivery } from '@/lib/meta/webhooks/receive-delivery';
import { createChannel, fixtureIds } from '../support/meta-webhooks';

const CONTACTS = 20;
const PER_CONTACT = 10;
const TOTAL = CONTACTS * PER_CONTACT;

const children: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn('npx', ['tsx', 'scripts/worker.ts'], {
    env: { ...process.env, RELAYDESK_PROCESS: 'worker', WORKER_CONCURRENCY: '4', LOG_LEVEL: process.env.CRASH_TEST_DEBUG ? 'info' : 'error', RUN_WORKERS_IN_PROCESS: 'false' },
    // Own process group: npx → tsx → node, and SIGKILL must reach the real worker.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.env.CRASH_TEST_DEBUG && process.stderr.write(chunk));
  child.stdout?.on('data', (chunk: Buffer) => process.env.CRASH_TEST_DEBUG && process.stdout.write(chunk));
  children.push(child);
  return child;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

afterAll(async () => {
  for (const child of children) killGroup(child, 'SIGKILL');
});

function waDelivery(contact: number, n: number) {
  const from = `1555000${String(contact).padStart(4, '0')}`;
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '100000000000101', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550783881', phone_number_id: fixtureIds.waPhoneNumberId }, contacts: [{ wa_id: from, profile: { name: `Customer ${contact}` } }], messages: [{ from, id: `wamid.crash-${contact}-${n}`, timestamp: String(1735689600 + n), type: 'text', text: { body: `message ${n} from ${contact} 🚀` } }] } }] }],
  });
}

const countProcessed = () => db.webhookEvent.count({ where: { status: 'processed' } });

describe('worker crash', () => {
  it('a SIGKILLed worker loses nothing and duplicates nothing', { timeout: 180_000 }, async () => {
    const workspace = await db.workspace.create({ data: { name: 'Crash', slug: 'crash-test' }, select: { id: true } });
    const channel = await createChannel(workspace.id, 'whatsapp', fixtureIds.waPhoneNumberId);
    // Interleave contacts so conversations are created while other workers append to them.
    for (let n = 0; n < PER_CONTACT; n++) for (let c = 0; c < CONTACTS; c++) await receiveDelivery({ body: waDelivery(c, n) });
    expect(await db.webhookEvent.count({ where: { status: 'queued' } })).toBe(TOTAL);

    const first = startWorker();
    await vi.waitFor(async () => expect(await countProcessed()).toBeGreaterThanOrEqual(15), { timeout: 60_000, interval: 25 });
    killGroup(first, 'SIGKILL');
    await exited(first);
    const processedAtKill = await countProcessed();
    // Otherwise the test proved nothing about recovery.
    expect(processedAtKill).toBeLessThan(TOTAL);

    const orphaned = await db.webhookEvent.count({ where: { status: 'processing' } });
    if (process.env.CRASH_TEST_DEBUG) console.log({ processedAtKill, orphanedEvents: orphaned });
    await db.$executeRaw`update pgboss.job set started_on = now() - interval '1 hour' where name = 'process-webhook-event' and state = 'active'`;
    await (await getBoss()).expire();

    const second = startWorker();
    await vi
      .waitFor(async () => expect(await countProcessed()).toBe(TOTAL), { timeout: 90_000, interval: 250 })
      .catch(async (error: unknown) => {
        const events = await db.webhookEvent.groupBy({ by: ['status'], _count: true });
        const jobs = await db.$queryRaw`select state, count(*)::int as n from pgboss.job where name = 'process-webhook-event' group by state`;
        const errors = await db.webhookEvent.findMany({ where: { lastError: { not: null } }, select: { lastError: true }, take: 3 });
        throw new Error(`${(error as Error).message}\nevents ${JSON.stringify(events)}\njobs ${JSON.stringify(jobs)}\nerrors ${JSON.stringify(errors)}`);
      });
    killGroup(second, 'SIGTERM');
    await exited(second);

    const messages = await db.message.findMany({ where: { channelId: channel.id }, select: { externalId: true, conversationId: true } });
    expect(messages).toHaveLength(TOTAL);
    expect(new Set(messages.map((m) => m.externalId)).size).toBe(TOTAL);
    const conversations = await db.conversation.findMany({ where: { channelId: channel.id }, select: { unreadCount: true } });
    expect(conversations).toHaveLength(CONTACTS);
    // Counters moved exactly once per message, even for the units that ran twice.
    expect(conversations.every((c) => c.unreadCount === PER_CONTACT)).toBe(true);
    expect(await db.contact.count({ where: { channelId: channel.id } })).toBe(CONTACTS);
    expect(await db.webhookEvent.count({ where: { status: { not: 'processed' } } })).toBe(0);
  });
});
