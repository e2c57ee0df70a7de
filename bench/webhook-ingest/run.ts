// npm run bench:webhook-ingest: the Meta webhook on the production build (`npm run build` first;
// this starts the production entry `npm start` runs, scripts/server.ts, which answers the
// webhook before Next's router) against a bare Node `http` + HMAC + one `pg` INSERT server, on
// one fresh embedded Postgres, phases interleaved so both see the same machine:
//   1. throughput: BENCH_TOTAL signed DMs with unique mids, 32 in flight, in BENCH_ROUNDS
//      alternating rounds (route, bare, route, bare, …);
//   2. steady load: 200 req/s for 20 s (open loop), route then bare, twice over 10 s halves.
// Prints throughput, p50/p99/max acknowledgement latency, 5xx, the server's CPU per request,
// the ratios, a SQL check that every acknowledged DM is stored exactly once with exactly one
// job, and PASS/FAIL for the targets. Exit code 1 when a target fails.
//
//   BENCH_TOTAL (default 6000), BENCH_ROUNDS (3), BENCH_RATE (200), BENCH_SECONDS (20),
//   BENCH_CONCURRENCY (32), BENCH_LOG_LEVEL (info: production logging, to /dev/null),
//   BENCH_PROFILE=1 (write a V8 CPU profile of the web server to .data/bench-webhook-profile/)
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { closedLoop, openLoop, signedDm, summarise, type Sample, type Target } from './load';

const TOTAL = Number(process.env.BENCH_TOTAL ?? 6000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const SECRET = 'bench_app_secret_0123456789abcdef';
const PAGE_ID = '100000000000888';
const runId = Date.now().toString(36);
const targets = { throughputRatio: 0.25, p99Ms: 100 };

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next: run `npm run build` first.');
  process.exit(1);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

const loadavg = () => os.loadavg().map((n) => n.toFixed(2)).join(' ');
const loadAtStart = loadavg();

// ── database ────────────────────────────────────────────────────────────────────────────────
const { prepareDatabase } = await import('../../lib/devtools/prepare-database');
const { generateSecrets } = await import('../../lib/devtools/dev-secrets');
const database = await prepareDatabase({ dataDir: '.data/bench-webhook-postgres', preferredPort: 54371, database: 'relaydesk_bench_webhook', fresh: !process.env.DATABASE_URL });
const secrets = generateSecrets();
Object.assign(process.env, { DATABASE_URL: database.url, LOG_LEVEL: 'silent', META_APP_SECRET: SECRET, ...secrets });
const { db, disconnectDb, sqlPool } = await import('../../lib/db');
const { getBoss, stopBoss } = await import('../../lib/jobs/boss');
await getBoss(); // pg-boss schema and queues, as a worker would have created them
await stopBoss({ graceful: false });
const workspace = await db.workspace.create({ data: { name: 'Webhook bench', slug: `webhook-bench-${runId}` } });
await db.channel.deleteMany({ where: { externalId: PAGE_ID } });
await db.channel.create({ data: { workspaceId: workspace.id, type: 'messenger', externalId: PAGE_ID, pageId: PAGE_ID, name: 'Bench page' } });
await sqlPool().query('create table if not exists bench_bare_delivery (id bigserial primary key, body bytea not null, received_at timestamptz not null default now())');

// ── servers ─────────────────────────────────────────────────────────────────────────────────
const children: ChildProcess[] = [];
const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);

const nextPort = await freePort();
const profileDir = '.data/bench-webhook-profile';
const { appServerCommand } = await import('../../lib/devtools/run-next');
const next = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), ...appServerCommand('production', nextPort)], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    APP_URL: `http://localhost:${nextPort}`,
    RUN_WORKERS_IN_PROCESS: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
    META_WEBHOOK_VERIFY_TOKEN: 'bench-verify-token',
    COMPANY_LEGAL_NAME: 'Bench GmbH',
    COMPANY_ADDRESS: 'Benchstraße 1, 10115 Berlin, Germany',
    COMPANY_REGISTRATION_NUMBER: 'HRB 0 B',
    COMPANY_CONTACT_EMAIL: 'hello@bench.test',
    COMPANY_PRIVACY_EMAIL: 'privacy@bench.test',
    COMPANY_HOSTING_PROVIDER: 'Bench Hosting',
    COMPANY_HOSTING_REGION: 'EU',
    COMPANY_GOVERNING_LAW: 'the laws of Germany',
    // Production refuses to start without Stripe; the webhook route never calls it.
    STRIPE_SECRET_KEY: 'sk_test_bench_unused',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench_unused',
    ...Object.fromEntries(['STARTER', 'GROWTH', 'SCALE'].flatMap((plan) => ['MONTHLY', 'YEARLY'].map((period) => [`STRIPE_PRICE_${plan}_${period}`, `price_bench_${plan.toLowerCase()}_${period.toLowerCase()}`]))),
  },
});
children.push(next);

const barePort = await freePort();
const bare = spawn(process.execPath, ['--import', 'tsx', 'bench/webhook-ingest/bare-server.ts'], {
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  env: { ...process.env, BARE_PORT: String(barePort), BARE_DATABASE_URL: database.url, BARE_SECRET: SECRET, BARE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? '10', BARE_POOL_IDLE_MS: String(Number(process.env.DATABASE_POOL_IDLE_SECONDS ?? 300) * 1000) },
});
children.push(bare);

const route: Target = { name: 'route', port: nextPort, path: process.env.BENCH_ROUTE_PATH ?? '/api/webhooks/meta' };
const baseline: Target = { name: 'bare', port: barePort, path: '/' };

async function waitUntilUp(target: Target) {
  for (let i = 0; i < 240; i++) {
    const { samples } = await closedLoop({ target, total: 1, concurrency: 1, make: () => signedDm({ secret: SECRET, pageId: PAGE_ID, runId: `${runId}w` }) }).catch(() => ({ samples: [] as Sample[] }));
    if (samples[0]?.status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${target.name} did not answer 200 within 2 minutes`);
}

/** CPU time (ms) of a process and its descendants, from /proc. */
function cpuMs(rootPid: number): number {
  const ticks = 100; // USER_HZ on Linux
  const stats = readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return [{ pid: Number(pid), ppid: Number(fields[1]), cpu: Number(fields[11]) + Number(fields[12]) }];
    } catch {
      return [];
    }
  });
  const tree = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const s of stats) {
      if (!tree.has(s.pid) && tree.has(s.ppid)) {
        tree.add(s.pid);
        grew = true;
      }
    }
  }
  return (stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.cpu, 0) * 1000) / ticks;
}

// ── phases ──────────────────────────────────────────────────────────────────────────────────
const make = () => signedDm({ secret: SECRET, pageId: PAGE_ID, runId });
const results: Record<string, { samples: Sample[]; seconds: number; cpu: number }> = {};
const record = (key: string, run: { samples: Sample[]; seconds: number }, cpu: number) => {
  const into = (results[key] ??= { samples: [], seconds: 0, cpu: 0 });
  into.samples.push(...run.samples);
  into.seconds += run.seconds;
  into.cpu += cpu;
};
async function measured(key: string, pid: number, run: () => Promise<{ samples: Sample[]; seconds: number }>) {
  const before = cpuMs(pid);
  const result = await run();
  record(key, result, cpuMs(pid) - before);
}

try {
  await Promise.all([waitUntilUp(route), waitUntilUp(baseline)]);
  // Warm-up: JIT, pools and the routing cache, then a pause.
  for (const target of [route, baseline]) await closedLoop({ target, total: 500, concurrency: CONCURRENCY, make });
  console.log(`webhook ingest · build ${readFileSync('.next/BUILD_ID', 'utf8').trim()} · node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · load average ${loadAtStart}`);

  for (let round = 0; round < ROUNDS; round++) {
    const n = Math.ceil(TOTAL / ROUNDS);
    await measured('route:burst', next.pid!, () => closedLoop({ target: route, total: n, concurrency: CONCURRENCY, make }));
    await measured('bare:burst', bare.pid!, () => closedLoop({ target: baseline, total: n, concurrency: CONCURRENCY, make }));
  }
  // Where the route's CPU goes: the server's routing alone (GET handshake refused, 403), plus
  // reading the body and checking the signature (bad signature, 401), plus storing (200); and,
  // for comparison, Next's own routing floor — the path with a trailing slash, which Next's
  // router answers with a redirect before any page or route runs (what the webhook used to pay).
  const breakdown = [
    { key: 'route: GET → 403 (routing floor)', target: { ...route, method: 'GET' as const, path: route.path + '?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1' } },
    { key: 'Next: GET …/meta/ → 308 (Next routing floor)', target: { ...route, method: 'GET' as const, path: route.path + '/?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1' } },
    { key: 'route: POST bad signature → 401', target: route, unsigned: true },
  ];
  for (const step of breakdown) {
    const makeStep = step.unsigned ? () => ({ ...make(), signature: `sha256=${'0'.repeat(64)}` }) : make;
    await measured(step.key, next.pid!, () => closedLoop({ target: step.target, total: Math.ceil(TOTAL / 3), concurrency: CONCURRENCY, make: makeStep }));
  }
  for (let half = 0; half < 2; half++) {
    await measured('route:steady', next.pid!, () => openLoop({ target: route, rate: RATE, seconds: SECONDS / 2, make }));
    await measured('bare:steady', bare.pid!, () => openLoop({ target: baseline, rate: RATE, seconds: SECONDS / 2, make }));
  }

  // ── report ──────────────────────────────────────────────────────────────────────────────
  const rows = Object.entries(results).map(([key, r]) => ({ key, ...summarise(r.samples, r.seconds, key.includes('→') ? 0 : 200), cpuPerRequest: r.cpu / r.samples.length }));
  const by = (key: string) => rows.find((r) => r.key === key)!;
  console.log(`\n| Phase | requests | 200 | 5xx | no answer | throughput (/s) | p50 ms | p99 ms | max ms | server CPU ms/req |`);
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(`| ${r.key} | ${r.requests} | ${r.ok} | ${r.fivexx} | ${r.noAnswer} | ${r.throughput.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.max.toFixed(1)} | ${r.cpuPerRequest.toFixed(2)} |`);
  }
  const burst = { route: by('route:burst'), bare: by('bare:burst') };
  const steady = { route: by('route:steady'), bare: by('bare:steady') };
  const okThroughput = (r: typeof burst.route) => r.throughput;
  const ratio = okThroughput(burst.route) / okThroughput(burst.bare);
  console.log(`\nratios route/bare: throughput ${(ratio * 100).toFixed(1)} %, server CPU per request ${(burst.route.cpuPerRequest / burst.bare.cpuPerRequest).toFixed(1)}× (burst), ${(steady.route.cpuPerRequest / steady.bare.cpuPerRequest).toFixed(1)}× (steady); p99 at ${RATE}/s ${(steady.route.p99 / steady.bare.p99).toFixed(1)}×`);

  // Every acknowledged DM is stored exactly once, as one event with exactly one job.
  const acked = results['route:burst']!.samples.concat(results['route:steady']!.samples).filter((s) => s.status === 200).map((s) => s.mid);
  const { rows: stored } = await sqlPool().query<{ mid: string; events: number; jobs: number }>(
    `select e.payload #>> '{messaging,0,message,mid}' as mid, count(distinct e.id)::int as events, count(j.id)::int as jobs
     from "WebhookEvent" e left join pgboss.job j on j.name = 'process-webhook-event' and j.data ->> 'eventId' = e.id::text
     where e.payload #>> '{messaging,0,message,mid}' = any($1::text[]) group by 1`,
    [acked],
  );
  const byMid = new Map(stored.map((r) => [r.mid, r]));
  const missing = acked.filter((mid) => !byMid.has(mid)).length;
  const duplicated = stored.filter((r) => r.events !== 1).length;
  const withoutOneJob = stored.filter((r) => r.jobs !== 1).length;
  const storedOk = missing === 0 && duplicated === 0 && withoutOneJob === 0;
  console.log(`\nSQL check: ${acked.length} acknowledged DMs → ${stored.length} stored, ${missing} missing, ${duplicated} stored more than once, ${withoutOneJob} without exactly one job: ${storedOk ? 'PASS' : 'FAIL'}`);

  const checks = [
    { name: `0 5xx at ${RATE} req/s`, pass: steady.route.fivexx === 0 && steady.route.noAnswer === 0, figure: `${steady.route.fivexx} 5xx, ${steady.route.noAnswer} unanswered` },
    { name: `throughput ≥ ${targets.throughputRatio * 100} % of bare`, pass: ratio >= targets.throughputRatio, figure: `${okThroughput(burst.route).toFixed(0)}/s vs ${okThroughput(burst.bare).toFixed(0)}/s = ${(ratio * 100).toFixed(1)} %` },
    { name: `p99 ack ≤ ${targets.p99Ms} ms at ${RATE} req/s`, pass: steady.route.p99 <= targets.p99Ms, figure: `p99 ${steady.route.p99.toFixed(1)} ms (p50 ${steady.route.p50.toFixed(1)} ms, max ${steady.route.max.toFixed(1)} ms)` },
    { name: 'every acknowledged event stored exactly once', pass: storedOk, figure: `${stored.length}/${acked.length}` },
  ];
  console.log('');
  for (const check of checks) console.log(`${check.pass ? 'PASS' : 'FAIL'}  ${check.name}: ${check.figure}`);
  console.log(`\nload average at start ${loadAtStart}, at end ${loadavg()} (${os.cpus().length} CPUs; other work on the machine skews every figure — read the ratios)`);
  process.exitCode = checks.every((c) => c.pass) ? 0 : 1;
} finally {
  stopAll();
  await Promise.all(children.map((child) => (child.exitCode !== null ? null : new Promise((resolve) => child.once('exit', resolve)))));
  await disconnectDb();
  await database.stop();
  if (process.env.BENCH_PROFILE) console.log(`CPU profile in ${profileDir}/ (open in Chrome DevTools, or: npx tsx bench/webhook-ingest/profile-summary.ts ${profileDir}/<file>)`);
}
