// npm run bench:public-pages: from the production build (run `npm run build` first), starts
// the production server (`npm start`, scripts/server.ts), then measures the landing page as a first-time visitor gets it before any
// consent: first-load JS = the gzip bytes of every script its HTML references plus its inline
// scripts (target ≤ 90 KB), and the server's response time p50/p99 over BENCH_REQUESTS
// sequential requests. The public pages ship no framework runtime, only the inline consent
// script (docs/architecture.md, "Public pages").
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { generateSecrets } from '../../lib/devtools/dev-secrets';
import { appServerCommand } from '../../lib/devtools/run-next';

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200);
const WARMUP = 20;
const TARGET_BYTES = 90 * 1024;
const PAGES = (process.env.BENCH_PAGES ?? '/,/pricing,/legal/privacy,/login').split(',');
const base = `http://localhost:${PORT}`;

if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build in .next: run `npm run build` first.');
  process.exit(1);
}

// The public pages read no tenant data; a syntactically valid, unreachable database is enough.
const server = spawn(process.execPath, appServerCommand('production', PORT), {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: {
    ...process.env,
    ...generateSecrets(),
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    APP_URL: base,
    DATABASE_URL: process.env.BENCH_DATABASE_URL ?? 'postgresql://bench:bench@127.0.0.1:9/unused',
    RUN_WORKERS_IN_PROCESS: 'false',
    LOG_LEVEL: 'silent',
    META_APP_SECRET: 'bench_app_secret_0123456789',
    META_WEBHOOK_VERIFY_TOKEN: 'bench-verify-token',
    COMPANY_LEGAL_NAME: 'Bench GmbH',
    COMPANY_ADDRESS: 'Benchstraße 1, 10115 Berlin, Germany',
    COMPANY_REGISTRATION_NUMBER: 'HRB 0 B',
    COMPANY_CONTACT_EMAIL: 'hello@bench.test',
    COMPANY_PRIVACY_EMAIL: 'privacy@bench.test',
    COMPANY_HOSTING_PROVIDER: 'Bench Hosting',
    COMPANY_HOSTING_REGION: 'EU',
    COMPANY_GOVERNING_LAW: 'the laws of Germany',
    // Production refuses to start without Stripe; the public pages never call it.
    STRIPE_SECRET_KEY: 'sk_test_bench_unused',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench_unused',
    ...Object.fromEntries(['STARTER', 'GROWTH', 'SCALE'].flatMap((plan) => ['MONTHLY', 'YEARLY'].map((period) => [`STRIPE_PRICE_${plan}_${period}`, `price_bench_${plan.toLowerCase()}_${period.toLowerCase()}`]))),
  },
});
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the production server did not answer on ${base} within 2 minutes`);
}

const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function firstLoad(path: string) {
  const html = await (await fetch(base + path)).text();
  // <script nomodule> (Next's legacy polyfills) is skipped by every browser that runs modules, so it is not counted.
  const tags = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attrs) => !/\bnomodule\b/i.test(attrs));
  const srcs = [...new Set(tags.flatMap((attrs) => [...attrs.matchAll(/\bsrc="([^"]+)"/g)].map((m) => m[1]!.replaceAll('&amp;', '&'))))];
  let scriptGzip = 0;
  let scriptRaw = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    scriptRaw += body.length;
    scriptGzip += gz(body);
    if (process.env.BENCH_VERBOSE) console.log(`  ${kb(gz(body)).padStart(9)}  ${src}`);
  }
  // Inline scripts run too (JSON data blocks do not, so they are left out).
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\btype="application\/(?:ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!)
    .join('');
  const inlineGzip = inline ? gz(inline) : 0;
  return { path, scripts: srcs.length, scriptRaw, scriptGzip, inlineGzip, totalGzip: scriptGzip + inlineGzip, htmlGzip: gz(html) };
}

async function timing(path: string) {
  for (let i = 0; i < WARMUP; i++) await (await fetch(base + path)).text();
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const started = performance.now();
    await (await fetch(base + path)).text();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50: at(0.5), p99: at(0.99) };
}

try {
  await waitForServer();
  const buildId = readFileSync('.next/BUILD_ID', 'utf8').trim();
  console.log(`public pages · build ${buildId} · node ${process.version} · ${os.cpus().length} CPUs · ${REQUESTS} requests per page after ${WARMUP} warm-up\n`);
  console.log('| Page | Script files | Files (gzip -9) | raw | Inline JS (gzip) | First-load JS (gzip) | HTML (gzip) | p50 | p99 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  let landingGzip = 0;
  for (const path of PAGES) {
    const load = await firstLoad(path);
    const t = await timing(path);
    if (path === '/') landingGzip = load.totalGzip;
    console.log(`| \`${path}\` | ${load.scripts} | ${kb(load.scriptGzip)} | ${kb(load.scriptRaw)} | ${kb(load.inlineGzip)} | **${kb(load.totalGzip)}** | ${kb(load.htmlGzip)} | ${t.p50.toFixed(1)} ms | ${t.p99.toFixed(1)} ms |`);
  }
  const pass = landingGzip <= TARGET_BYTES;
  console.log(`\nLanding page first-load JS: ${kb(landingGzip)} gzip — target ≤ ${kb(TARGET_BYTES)}: ${pass ? 'PASS' : 'FAIL'}`);
  process.exitCode = pass ? 0 : 1;
} finally {
  stop();
}
