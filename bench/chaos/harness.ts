// The chaos run shared by `npm run bench:chaos` and tests/integration/chaos.test.ts: signed
// WhatsApp deliveries (several messages each, unique ids) sent Meta-style to web processes —
// anything not answered 200 (connection reset by a kill, 5xx) is delivered again, to whichever
// web process is up — while worker and web processes are SIGKILLed at random and restarted.
// Then it waits for the workers to drain and checks in SQL that every acknowledged message is
// stored exactly once, every event processed, and each conversation's unread counter moved
// exactly once per message.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import { db } from '../../lib/db';

export type ChaosOptions = {
  runId: string;
  appSecret: string;
  phoneNumberId: string;
  channelId: string;
  messages: number;
  perDelivery: number;
  contacts: number;
  webProcesses: number;
  workerProcesses: number;
  basePort: number;
  inFlight: number;
  /**
   * 'random': one process (worker or web) every kill interval while sending, and then on while
   * the workers drain, until `killUntilProcessed` of the events are processed (so workers die
   * mid-job, not only while the intake is busy).
   */
  kills: 'random' | { workerAfterAcked: number };
  killIntervalMs: [number, number];
  /**
   * A process is killed again only after it has been up this long (default 0). Without it, at a
   * kill every 2–6 s among four processes on a loaded machine, workers spent most of the run
   * booting (tsx) and the jobs each kill stranded waited for expiry — 100k messages drained at
   * ~2 events/s. Kills still land mid-job; the workers just get to work in between.
   */
  minUptimeMs?: number;
  killUntilProcessed?: number;
  drainTimeoutMs: number;
  env: NodeJS.ProcessEnv;
  log?: (line: string) => void;
};

export type ChaosResult = {
  acked: number;
  deliveries: number;
  redeliveries: number;
  kills: { worker: number; web: number };
  sendSeconds: number;
  drainSeconds: number;
  stored: number;
  distinctStored: number;
  lost: number;
  duplicated: number;
  unprocessedEvents: number;
  unreadMismatches: number;
  eventStatuses: Record<string, number>;
};

type Proc = { kind: 'web' | 'worker'; index: number; child: ChildProcess; ready: Promise<void>; port?: number; spawnedAt: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const exited = (child: ChildProcess) => new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal); // npx → tsx → node: the whole group, so the real process dies
  } catch {
    // already gone
  }
}

function spawnProc(kind: 'web' | 'worker', index: number, options: ChaosOptions): Proc {
  const port = kind === 'web' ? options.basePort + index : undefined;
  const script = kind === 'web' ? 'bench/chaos/web-server.ts' : 'scripts/worker.ts';
  const child = spawn('npx', ['tsx', script], {
    env: { ...options.env, RELAYDESK_PROCESS: kind === 'worker' ? 'worker' : 'web', RUN_WORKERS_IN_PROCESS: 'false', ...(port ? { CHAOS_PORT: String(port) } : {}) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((resolve) => {
    if (kind === 'worker') {
      // A worker is "ready" once spawned: jobs wait in Postgres until it fetches them.
      resolve();
      return;
    }
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve();
    });
    child.once('exit', () => resolve());
  });
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => process.env.CHAOS_DEBUG && process.stderr.write(chunk));
  return { kind, index, child, ready, port, spawnedAt: performance.now() };
}

function delivery(options: ChaosOptions, first: number): { body: string; ids: string[] } {
  const ids: string[] = [];
  const messages = [];
  for (let k = 0; k < options.perDelivery && first + k < options.messages; k++) {
    const i = first + k;
    const contact = i % options.contacts;
    const from = `1666${String(contact).padStart(7, '0')}`;
    const id = `wamid.chaos-${options.runId}-${i}`;
    ids.push(id);
    messages.push({ from, id, timestamp: String(1735689600 + i), type: 'text', text: { body: `chaos ${i}` } });
  }
  const contacts = [...new Set(messages.map((m) => m.from))].map((wa_id) => ({ wa_id, profile: { name: `Chaos ${wa_id}` } }));
  const body = JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: '100000000000199', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: '15550000000', phone_number_id: options.phoneNumberId }, contacts, messages } }] }],
  });
  return { body, ids };
}

function post(port: number, body: string, signature: string): Promise<number> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/webhooks/meta', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature, 'content-length': Buffer.byteLength(body) }, timeout: 20_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(0));
    });
    req.on('error', () => resolve(0)); // killed mid-request: Meta sees a failure and redelivers
    req.on('timeout', () => req.destroy());
    req.end(body);
  });
}

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? (() => {});
  const procs: Proc[] = [];
  for (let i = 0; i < options.webProcesses; i++) procs.push(spawnProc('web', i, options));
  for (let i = 0; i < options.workerProcesses; i++) procs.push(spawnProc('worker', i, options));
  await Promise.all(procs.map((p) => p.ready));
  log(`${options.webProcesses} web and ${options.workerProcesses} worker processes up`);

  const acked = new Set<string>();
  let deliveries = 0;
  let redeliveries = 0;
  let sending = true;
  const kills = { worker: 0, web: 0 };

  const restart = async (proc: Proc) => {
    killGroup(proc.child, 'SIGKILL');
    await exited(proc.child);
    kills[proc.kind] += 1;
    const fresh = spawnProc(proc.kind, proc.index, options);
    procs[procs.indexOf(proc)] = fresh;
    await fresh.ready;
  };

  const killer = (async () => {
    if (options.kills !== 'random') {
      const threshold = options.kills.workerAfterAcked;
      while (sending && acked.size < threshold) await sleep(20);
      const worker = procs.find((p) => p.kind === 'worker');
      if (worker) await restart(worker);
      return;
    }
    const keepKilling = async () => sending || (await processedShare()) < (options.killUntilProcessed ?? 0);
    while (await keepKilling()) {
      const [min, max] = options.killIntervalMs;
      await sleep(min + Math.random() * (max - min));
      let eligible = procs.filter((p) => performance.now() - p.spawnedAt >= (options.minUptimeMs ?? 0));
      while (!eligible.length) {
        await sleep(250);
        eligible = procs.filter((p) => performance.now() - p.spawnedAt >= (options.minUptimeMs ?? 0));
      }
      const victim = eligible[Math.floor(Math.random() * eligible.length)]!;
      await restart(victim);
    }
  })();

  const processedShare = async () => {
    const [done, all] = await Promise.all([db.webhookEvent.count({ where: { status: 'processed' } }), db.webhookEvent.count()]);
    return all ? done / all : 0;
  };
  let next = 0;
  let rr = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.inFlight }, async () => {
      while (next < options.messages) {
        const first = next;
        next += options.perDelivery;
        const { body, ids } = delivery(options, first);
        const signature = `sha256=${createHmac('sha256', options.appSecret).update(body).digest('hex')}`;
        for (let attempt = 0; ; attempt++) {
          const webs = procs.filter((p) => p.kind === 'web');
          const web = webs[rr++ % webs.length]!;
          deliveries += 1;
          if (attempt > 0) redeliveries += 1;
          const status = await post(web.port!, body, signature);
          if (status === 200) break;
          await sleep(Math.min(1_000, 25 * 2 ** attempt));
        }
        for (const id of ids) acked.add(id);
      }
    }),
  );
  sending = false;
  const sendSeconds = (performance.now() - started) / 1000;
  const drainStarted = performance.now();
  await killer;
  log(`kills over; sent ${acked.size} messages in ${sendSeconds.toFixed(1)} s (${deliveries} deliveries, ${redeliveries} redelivered); kills: ${kills.worker} worker, ${kills.web} web`);

  // Drain: every event processed (a killed worker's active jobs come back after they expire).
  const pending = async () => db.webhookEvent.count({ where: { status: { in: ['queued', 'processing', 'failed'] } } });
  let left = await pending();
  while (left > 0 && performance.now() - drainStarted < options.drainTimeoutMs) {
    await sleep(500);
    left = await pending();
  }
  const drainSeconds = (performance.now() - drainStarted) / 1000;
  for (const proc of procs) killGroup(proc.child, 'SIGTERM');
  await Promise.race([Promise.all(procs.map((p) => exited(p.child))), sleep(15_000)]);
  for (const proc of procs) killGroup(proc.child, 'SIGKILL');

  const stored = await db.$queryRaw<{ externalId: string; n: number }[]>`
    select "externalId", count(*)::int as n from "Message" where "channelId" = ${options.channelId}::uuid group by "externalId"`;
  const storedIds = new Map(stored.map((row) => [row.externalId, row.n]));
  const lost = [...acked].filter((id) => !storedIds.has(id)).length;
  const duplicated = stored.reduce((sum, row) => sum + (row.n - 1), 0);
  const total = stored.reduce((sum, row) => sum + row.n, 0);
  // unreadCount is bumped once per stored inbound message: equal to the conversation's messages.
  const mismatches = await db.$queryRaw<{ n: number }[]>`
    select count(*)::int as n from "Conversation" c
    where c."channelId" = ${options.channelId}::uuid
      and c."unreadCount" <> (select count(*) from "Message" m where m."conversationId" = c.id and m.direction = 'inbound')`;
  const statuses = await db.webhookEvent.groupBy({ by: ['status'], _count: true });
  return {
    acked: acked.size, deliveries, redeliveries, kills, sendSeconds, drainSeconds,
    stored: total, distinctStored: stored.length, lost, duplicated,
    unprocessedEvents: left, unreadMismatches: mismatches[0]?.n ?? 0,
    eventStatuses: Object.fromEntries(statuses.map((s) => [s.status, s._count])),
  };
}
