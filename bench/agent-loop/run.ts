// npm run bench:agent-loop: the whole AI loop with the offline provider in auto mode — a signed
// Messenger webhook into the real route handler, the process-webhook-event job, the agent-reply
// job (AGENT_DEBOUNCE_MS=0) and the send, and the send request arriving at a local stand-in for
// Meta's Graph API. Two phases, each on new customers:
//   1. throughput: --conversations webhooks, --in-flight at a time (closed loop); replies/s.
//   2. latency: --rate conversations per second for --seconds (open loop); webhook 200 → send
//      request received at Graph, p50/p99/max.
// Also counts, over the phases, jobs and database round trips per reply (every query on any pg
// connection of the bench's processes: Prisma's pool, the intake's pool, pg-boss's pool, LISTEN),
// Node CPU and the whole machine's CPU (Postgres included) per reply, and the idle cost: round trips per second when nothing happens. PASS/FAIL lines for issue 13's targets
// (≥ 30 replies/s; p50 ≤ 1 s at 10 conversations/s); exit code 1 when one fails.
//
//   npx tsx bench/agent-loop/run.ts [--conversations 1000] [--in-flight 20] [--rate 10] [--seconds 20] [--idle-seconds 10]
//     [--worker-processes N]   jobs in N `npm run worker`-style processes (production's shape), not in this one
//     [--trace-queries]        round trips per reply by statement
//     [--pg-stats]             Postgres time per reply by statement (pg_stat_statements: plan + execute; embedded Postgres only)
//
// Uses DATABASE_URL when set, else a fresh embedded Postgres in .data/bench-agent-loop-postgres.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { countRoundTrips } from './count-round-trips';

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '1000' }, 'in-flight': { type: 'string', default: '20' },
    rate: { type: 'string', default: '10' }, seconds: { type: 'string', default: '20' }, 'idle-seconds': { type: 'string', default: '10' },
    'trace-queries': { type: 'boolean', default: false }, 'worker-processes': { type: 'string', default: '0' }, 'pg-stats': { type: 'boolean', default: false },
  },
});
const total = Number(values.conversations);
const inFlight = Number(values['in-flight']);
const rate = Number(values.rate);
const pacedSeconds = Number(values.seconds);
const idleSeconds = Number(values['idle-seconds']);
const workerProcesses = Number(values['worker-processes']);
const traceQueries = values['trace-queries'];
const pgStats = values['pg-stats'];
const targets = { repliesPerSecond: 30, p50Ms: 1000 };
const APP_SECRET = 'bench_app_secret_0123456789abcdef';
const PAGE_ID = '100000000000777';
const now = () => performance.now();
const loadavg = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

// Round trips of this process (and, over IPC, of the worker processes): bench/agent-loop/count-round-trips.ts.
const counter = countRoundTrips({ trace: traceQueries });
const traced = counter.byStatement;

// Graph stand-in: records when each customer's send request arrives.
const received = new Map<string, number>();
const graph = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => (body += chunk.toString()));
  req.on('end', () => {
    try {
      const recipient = (JSON.parse(body) as { recipient?: { id?: string } }).recipient?.id;
      if (req.method === 'POST' && recipient && !received.has(recipient)) received.set(recipient, now());
    } catch { /* not a send */ }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ recipient_id: 'r', message_id: `mid.${received.size}` }));
  });
});
await new Promise<void>((resolve) => graph.listen(0, '127.0.0.1', resolve));
const graphUrl = `http://127.0.0.1:${(graph.address() as AddressInfo).port}`;

const { prepareDatabase } = await import('../../lib/devtools/prepare-database');
const { generateSecrets } = await import('../../lib/devtools/dev-secrets');
const database = await prepareDatabase({ dataDir: '.data/bench-agent-loop-postgres', preferredPort: 54361, database: 'relaydesk_bench_agent_loop', fresh: !process.env.DATABASE_URL, postgresFlags: pgStats ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_planning=on'] : [] });
Object.assign(process.env, {
  DATABASE_URL: database.url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', META_APP_SECRET: APP_SECRET, AGENT_DEBOUNCE_MS: '0',
  META_GRAPH_BASE_URL: `${graphUrl}/graph`, META_INSTAGRAM_GRAPH_BASE_URL: `${graphUrl}/ig`, WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '8',
});
for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ||= value;

const { db, disconnectDb } = await import('../../lib/db');
const { encryptToken } = await import('../../lib/crypto/token-cipher');
const { defaultAgentSettings } = await import('../../lib/agent/agent-settings.schema');
const { startWorkers } = await import('../../lib/jobs/start-workers');
const { queueRunners } = await import('../../lib/jobs/wake-queue');
const { jobSlotsForPool } = await import('../../lib/jobs/job-slots');
const { env } = await import('../../lib/env');
const { handleWebhookPost: POST } = await import('../../lib/meta/webhooks/handle-webhook-post');

// One workspace in auto mode with one FAQ, one Messenger page.
const owner = await db.user.create({ data: { email: `bench-${Date.now()}@example.com`, name: 'Bench', passwordHash: 'x', emailVerifiedAt: new Date() } });
const workspace = await db.workspace.create({ data: { name: 'Agent loop bench', slug: `agent-loop-${Date.now()}` } });
await db.membership.create({ data: { workspaceId: workspace.id, userId: owner.id, role: 'owner', notifyNewConversations: false } });
await db.channel.deleteMany({ where: { externalId: PAGE_ID } });
await db.channel.create({ data: { workspaceId: workspace.id, type: 'messenger', externalId: PAGE_ID, pageId: PAGE_ID, name: 'Bench page', accessTokenEnc: encryptToken('bench-token') } });
const settings = { ...defaultAgentSettings(), mode: 'auto', introMessage: '', discloseAi: false, outOfHours: { mode: 'reply_normally', notice: '' }, faq: [{ question: 'What are your opening hours?', answer: 'We are open 9 to 5, Monday to Friday.' }] };
await db.agentSettingsVersion.create({ data: { workspaceId: workspace.id, version: 1, settings, createdById: owner.id } });
// A paying workspace on the largest plan: the trial's 200 AI replies a month would turn every
// later reply of the bench into a draft (the plan limit), which is not what it measures.
await db.workspaceBilling.upsert({
  where: { workspaceId: workspace.id },
  create: { workspaceId: workspace.id, trialEndsAt: new Date(), stripeSubscriptionId: `sub_bench_${Date.now()}`, subscriptionStatus: 'active', plan: 'scale', period: 'monthly' },
  update: { stripeSubscriptionId: `sub_bench_${Date.now()}`, subscriptionStatus: 'active', plan: 'scale', period: 'monthly' },
});
// In this process (like `npm run dev`), or in --worker-processes separate `npm run worker`-style
// processes (like production: web and worker processes on one Postgres).
type WorkerStats = { roundTrips: number; byStatement: [string, number][]; cpuMs: number; running: number };
const workers: ChildProcess[] = [];
for (let i = 0; i < workerProcesses; i++) {
  const child = fork('bench/agent-loop/worker-process.ts', [], { execArgv: ['--import', 'tsx'], env: { ...process.env, BENCH_TRACE_QUERIES: traceQueries ? '1' : '0' }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`worker process exited with ${code}`)));
  });
  workers.push(child);
}
const askWorker = (child: ChildProcess) =>
  new Promise<WorkerStats>((resolve) => {
    const onMessage = (message: WorkerStats & { type?: string }) => {
      if (message.type !== 'stats') return;
      child.off('message', onMessage);
      resolve(message);
    };
    child.on('message', onMessage);
    child.send({ type: 'stats' });
  });
/** Round trips and CPU ms of this process and every worker process; running jobs in all of them. */
async function processStats() {
  const own = process.cpuUsage();
  const totals = { roundTrips: counter.total(), cpuMs: (own.user + own.system) / 1000, running: workerProcesses ? 0 : queueRunners().reduce((sum, runner) => sum + runner.stats().running, 0) };
  for (const stats of await Promise.all(workers.map(askWorker))) {
    totals.roundTrips += stats.roundTrips;
    totals.cpuMs += stats.cpuMs;
    totals.running += stats.running;
    for (const [statement, n] of stats.byStatement) workerTraced.set(statement, (workerTraced.get(statement) ?? 0) + n);
  }
  return totals;
}
const workerTraced = new Map<string, number>();
/** Busy CPU ms of the whole machine (every process, Postgres included), from /proc/stat. */
function machineBusyMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
  return ((total - idle) * 1000) / 100; // USER_HZ = 100 on Linux
}
const stopWorkers = workerProcesses ? async () => {
  await Promise.all(workers.map((child) => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.send({ type: 'stop' }); })));
} : await startWorkers();
const loadAtStart = loadavg();

const acked = new Map<string, number>();
async function deliver(i: number) {
  const customer = String(7_100_000_000_000_000 + i);
  const body = JSON.stringify({
    object: 'page',
    entry: [{ id: PAGE_ID, time: Date.now(), messaging: [{ sender: { id: customer }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: `m_bench_${i}_${Date.now()}`, text: 'What are your opening hours?' } }] }],
  });
  const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
  const response = await POST(new Request('http://localhost:3000/api/webhooks/meta', { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body }));
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  acked.set(customer, now());
  return customer;
}
const waitForReplies = async (customers: string[], limitMs: number) => {
  const deadline = Date.now() + limitMs;
  while (customers.some((c) => !received.has(c)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
};
const latencies = (customers: string[]) =>
  customers.flatMap((c) => (received.has(c) ? [received.get(c)! - acked.get(c)!] : [])).sort((a, b) => a - b);
const pick = (samples: number[], q: number) => samples[Math.min(samples.length - 1, Math.max(0, Math.ceil(q * samples.length) - 1))] ?? NaN;
const jobsSince = async (since: Date) =>
  db.$queryRaw<{ name: string; n: number }[]>`select name, count(*)::int as n from pgboss.job where created_on >= ${since} and name not like '%.dead' and position('__' in name) <> 1 group by name order by name`;

if (pgStats) await db.$executeRawUnsafe('create extension if not exists pg_stat_statements');
// ── phase 1: throughput ────────────────────────────────────────────────────────────────────
const phase1Start = new Date();
traced.clear();
// Job slots in use (all queues of this process), sampled every 20 ms: does the shared budget of
// DATABASE_POOL_SIZE − 2 running jobs cap the loop, or is it the CPU?
const slotCap = jobSlotsForPool(env().DATABASE_POOL_SIZE) * Math.max(1, workerProcesses);
const slotSamples: number[] = [];
const sampler = setInterval(() => void processStats().then((stats) => slotSamples.push(stats.running)), workerProcesses ? 100 : 20);
const statsAtStart = await processStats();
workerTraced.clear();
const machineAtStart = machineBusyMs();
if (pgStats) await db.$queryRawUnsafe('select pg_stat_statements_reset()');
const throughputCustomers: string[] = [];
let next = 0;
const started = now();
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < total) throughputCustomers.push(await deliver(next++));
  }),
);
await waitForReplies(throughputCustomers, Math.max(120_000, total * 500));
const finished = Math.max(...throughputCustomers.flatMap((c) => (received.has(c) ? [received.get(c)!] : [])));
const answered1 = throughputCustomers.filter((c) => received.has(c)).length;
const repliesPerSecond = answered1 / ((finished - started) / 1000);
const samples1 = latencies(throughputCustomers);

// ── phase 2: latency at a steady rate ────────────────────────────────────────────────────
const pacedCustomers: string[] = [];
const pacedTotal = Math.round(rate * pacedSeconds);
const pacedStart = now();
const sends: Promise<void>[] = [];
for (let k = 0; k < pacedTotal; k++) {
  const due = pacedStart + (k * 1000) / rate;
  const wait = due - now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  sends.push(deliver(total + k).then((c) => void pacedCustomers.push(c)));
}
await Promise.all(sends);
await waitForReplies(pacedCustomers, 120_000);
// Let the last sends complete their jobs before counting.
await new Promise((resolve) => setTimeout(resolve, 1_000));
const samples2 = latencies(pacedCustomers);
const replies = answered1 + samples2.length;
clearInterval(sampler);
const statsAtEnd = await processStats();
const machineMsPerReply = (machineBusyMs() - machineAtStart) / replies;
const statementTimes = pgStats
  ? await db.$queryRawUnsafe<{ ms: number; calls: number; query: string }[]>(
      `select (total_exec_time + total_plan_time)::float8 as ms, calls::int as calls, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) as query from pg_stat_statements order by 1 desc limit 30`,
    )
  : [];
const tripsPerReply = (statsAtEnd.roundTrips - statsAtStart.roundTrips) / replies;
const cpuMsPerReply = (statsAtEnd.cpuMs - statsAtStart.cpuMs) / replies;
for (const [statement, n] of workerTraced) traced.set(statement, (traced.get(statement) ?? 0) + n);
const jobs = await jobsSince(phase1Start);
const jobCount = jobs.reduce((sum, j) => sum + j.n, 0);
const slotMean = slotSamples.reduce((a, b) => a + b, 0) / Math.max(1, slotSamples.length);
const slotFull = slotSamples.filter((n) => n >= slotCap).length / Math.max(1, slotSamples.length);
const tracedPerReply = [...traced].sort((a, b) => b[1] - a[1]).map(([statement, n]) => `${(n / replies).toFixed(2).padStart(6)}  ${statement}`);

// ── idle cost ───────────────────────────────────────────────────────────────────────────
const idleFrom = (await processStats()).roundTrips;
await new Promise((resolve) => setTimeout(resolve, idleSeconds * 1000));
const idlePerSecond = ((await processStats()).roundTrips - idleFrom) / idleSeconds;

const runs = await db.agentRun.groupBy({ by: ['status'], where: { workspaceId: workspace.id }, _count: true });
const sent = await db.message.count({ where: { workspaceId: workspace.id, direction: 'outbound', status: 'sent' } });
const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${loadAtStart} at start, ${loadavg()} at end; WORKER_CONCURRENCY=${process.env.WORKER_CONCURRENCY}; ${workerProcesses ? `jobs in ${workerProcesses} worker process(es), webhooks in this one` : 'jobs and webhooks in this process'}`);
console.log(`throughput phase: ${answered1}/${total} answered, ${inFlight} webhooks in flight: ${repliesPerSecond.toFixed(1)} replies/s over ${((finished - started) / 1000).toFixed(1)} s; webhook 200 → send p50 ${pick(samples1, 0.5).toFixed(0)} ms, p99 ${pick(samples1, 0.99).toFixed(0)} ms`);
console.log(`latency phase: ${samples2.length}/${pacedTotal} answered at ${rate}/s: webhook 200 → send p50 ${pick(samples2, 0.5).toFixed(0)} ms, p99 ${pick(samples2, 0.99).toFixed(0)} ms, max ${(samples2.at(-1) ?? NaN).toFixed(0)} ms`);
console.log(`per reply: ${(jobCount / replies).toFixed(2)} jobs (${jobs.map((j) => `${j.name} ${j.n}`).join(', ')}), ${tripsPerReply.toFixed(1)} database round trips; ${cpuMsPerReply.toFixed(1)} ms of Node CPU (webhook route, workers and Graph stand-in, all processes); ${machineMsPerReply.toFixed(1)} ms of the machine's CPU (Postgres included)`);
console.log(`job slots: ${slotCap} (DATABASE_POOL_SIZE ${env().DATABASE_POOL_SIZE} − 2${workerProcesses ? `, × ${workerProcesses} processes` : ''}); running jobs mean ${slotMean.toFixed(1)}, max ${Math.max(0, ...slotSamples)}; all slots busy ${(slotFull * 100).toFixed(0)} % of the time`);
if (traceQueries) console.log(`round trips per reply by statement:\n${tracedPerReply.join('\n')}`);
if (pgStats) {
  const totalMs = statementTimes.reduce((sum, s) => sum + s.ms, 0);
  console.log(`Postgres plan + execute per reply (top 30 statements, ${(totalMs / replies).toFixed(2)} ms):\n${statementTimes.map((s) => `${(s.ms / replies).toFixed(3).padStart(7)} ms ${(s.calls / replies).toFixed(2).padStart(5)}×  ${s.query}`).join('\n')}`);
}
console.log(`idle: ${idlePerSecond.toFixed(1)} round trips/s with every queue's runner waiting`);
console.log(`AgentRun: ${runs.map((r) => `${r.status} ${r._count}`).join(', ')}; outbound messages sent ${sent}`);
const okThroughput = repliesPerSecond >= targets.repliesPerSecond;
const okP50 = pick(samples2, 0.5) <= targets.p50Ms && samples2.length === pacedTotal;
console.log(`${pass(okThroughput)} throughput ≥ ${targets.repliesPerSecond} replies/s (${repliesPerSecond.toFixed(1)})`);
console.log(`${pass(okP50)} p50 webhook → send ≤ ${targets.p50Ms} ms at ${rate} conversations/s (${pick(samples2, 0.5).toFixed(0)} ms)`);
const exactlyOnce = sent === replies && answered1 === total && samples2.length === pacedTotal;
console.log(`${pass(exactlyOnce)} every conversation answered exactly once (${sent} sent for ${total + pacedTotal} conversations)`);

await stopWorkers(5_000);
await disconnectDb();
graph.close();
await database.stop();
process.exit(okThroughput && okP50 && exactlyOnce ? 0 : 1);
