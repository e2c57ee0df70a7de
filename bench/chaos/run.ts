// npm run bench:chaos: 100,000 signed WhatsApp messages delivered Meta-style (whatever was not
// answered 200 is delivered again) to web processes while web and worker processes are
// SIGKILLed at random and restarted; then the drain, and SQL checks: lost = 0, duplicated = 0,
// every event processed, unread counters moved once per message. Exit code 1 when a check fails.
//
//   CHAOS_MESSAGES (100000), CHAOS_PER_DELIVERY (5), CHAOS_CONTACTS (2000), CHAOS_WEB (2),
//   CHAOS_WORKERS (2), CHAOS_IN_FLIGHT (32), CHAOS_KILL_MS ("2000-6000"), CHAOS_DRAIN_S (900),
//   CHAOS_KILL_UNTIL (0.8: kills go on after sending until this share of events is processed),
//   CHAOS_MIN_UPTIME_MS (20000: a restarted process is not killed again before this)
//
// The web processes are bench/chaos/web-server.ts (node http + the route's intake function),
// not `next start`: restarting Next after every kill would measure its boot, not the intake.
// Uses DATABASE_URL when set, else a fresh embedded Postgres in .data/bench-chaos-postgres.
import os from 'node:os';
import { runChaos } from './harness';

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const [killMin, killMax] = (process.env.CHAOS_KILL_MS ?? '2000-6000').split('-').map(Number) as [number, number];
const APP_SECRET = 'bench_app_secret_0123456789abcdef';
const PHONE_NUMBER_ID = '106540352242999';
const loadavg = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');

const { prepareDatabase } = await import('../../lib/devtools/prepare-database');
const { generateSecrets } = await import('../../lib/devtools/dev-secrets');
const database = await prepareDatabase({ dataDir: '.data/bench-chaos-postgres', preferredPort: 54381, database: 'relaydesk_bench_chaos', fresh: !process.env.DATABASE_URL });
Object.assign(process.env, { DATABASE_URL: database.url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'error', META_APP_SECRET: APP_SECRET });
for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ||= value;
const { db, disconnectDb } = await import('../../lib/db');
const { getBoss, stopBoss } = await import('../../lib/jobs/boss');
await getBoss(); // pg-boss schema and queues exist before the first delivery
await stopBoss({ graceful: false });

const runId = Date.now().toString(36);
const workspace = await db.workspace.create({ data: { name: 'Chaos bench', slug: `chaos-${runId}` } });
await db.channel.deleteMany({ where: { externalId: PHONE_NUMBER_ID } });
const channel = await db.channel.create({ data: { workspaceId: workspace.id, type: 'whatsapp', externalId: PHONE_NUMBER_ID, phoneNumberId: PHONE_NUMBER_ID, name: 'Chaos number' } });
const loadAtStart = loadavg();
const result = await runChaos({
  runId, appSecret: APP_SECRET, phoneNumberId: PHONE_NUMBER_ID, channelId: channel.id,
  messages: num('CHAOS_MESSAGES', 100_000), perDelivery: num('CHAOS_PER_DELIVERY', 5), contacts: num('CHAOS_CONTACTS', 2000),
  webProcesses: num('CHAOS_WEB', 2), workerProcesses: num('CHAOS_WORKERS', 2), basePort: num('CHAOS_PORT', 3190), inFlight: num('CHAOS_IN_FLIGHT', 32),
  kills: 'random', killIntervalMs: [killMin, killMax], minUptimeMs: num('CHAOS_MIN_UPTIME_MS', 20_000), killUntilProcessed: num('CHAOS_KILL_UNTIL', 0.8), drainTimeoutMs: num('CHAOS_DRAIN_S', 900) * 1000,
  env: process.env, log: (line) => console.log(`… ${line}`),
});

const pass = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load average ${loadAtStart} at start, ${loadavg()} at end`);
console.log(`sent: ${result.acked} messages acknowledged in ${result.sendSeconds.toFixed(1)} s (${(result.acked / result.sendSeconds).toFixed(0)} messages/s), ${result.deliveries} deliveries of which ${result.redeliveries} redeliveries`);
console.log(`kills (SIGKILL, process group): ${result.kills.worker} worker, ${result.kills.web} web`);
console.log(`drain after the last acknowledgement: ${result.drainSeconds.toFixed(1)} s`);
console.log(`stored: ${result.stored} messages, ${result.distinctStored} distinct ids; events by status ${JSON.stringify(result.eventStatuses)}`);
console.log(`${pass(result.lost === 0)} lost = ${result.lost} (acknowledged but not stored)`);
console.log(`${pass(result.duplicated === 0)} duplicated = ${result.duplicated}`);
console.log(`${pass(result.unprocessedEvents === 0)} events left unprocessed = ${result.unprocessedEvents}`);
console.log(`${pass(result.unreadMismatches === 0)} conversations whose unread counter ≠ their inbound messages = ${result.unreadMismatches}`);
await disconnectDb();
await database.stop();
process.exit(result.lost === 0 && result.duplicated === 0 && result.unprocessedEvents === 0 && result.unreadMismatches === 0 ? 0 : 1);
