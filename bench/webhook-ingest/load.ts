// Load generation for bench/webhook-ingest: signed Messenger DMs with unique message ids over
// keep-alive HTTP/1.1, closed loop (N requests, K in flight) or open loop (a fixed arrival rate;
// latency counted from each request's scheduled time, so a stalled server cannot hide its
// queue — no coordinated omission).
import { createHmac } from 'node:crypto';
import http from 'node:http';

export type Sample = { mid: string; status: number; ms: number };
export type Target = { name: string; port: number; path: string; method?: 'GET' | 'POST' };

let sequence = 0;

export function signedDm(options: { secret: string; pageId: string; runId: string }): { mid: string; body: Buffer; signature: string } {
  const n = sequence++;
  const mid = `m_bench_${options.runId}_${n}`;
  const now = Date.now();
  const body = Buffer.from(
    JSON.stringify({
      object: 'page',
      entry: [{ id: options.pageId, time: now, messaging: [{ sender: { id: String(7_200_000_000_000_000 + (n % 5_000)) }, recipient: { id: options.pageId }, timestamp: now, message: { mid, text: `Hello, do you ship to Lisbon? (${n})` } }] }],
    }),
  );
  return { mid, body, signature: `sha256=${createHmac('sha256', options.secret).update(body).digest('hex')}` };
}

function post(agent: http.Agent, target: Target, body: Buffer, signature: string): Promise<number> {
  return new Promise((resolve) => {
    const get = target.method === 'GET';
    const req = http.request(
      { host: '127.0.0.1', port: target.port, path: target.path, method: get ? 'GET' : 'POST', agent, headers: get ? {} : { 'content-type': 'application/json', 'content-length': body.length, 'x-hub-signature-256': signature } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0)); // 0 = no answer (refused, reset, timeout)
    req.end(get ? undefined : body);
  });
}

/** `total` requests with `concurrency` in flight; returns the samples and the wall time. */
export async function closedLoop(options: { target: Target; total: number; concurrency: number; make: () => ReturnType<typeof signedDm> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const samples: Sample[] = [];
  let issued = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (issued < options.total) {
        issued++;
        const { mid, body, signature } = options.make();
        const at = performance.now();
        const status = await post(agent, options.target, body, signature);
        samples.push({ mid, status, ms: performance.now() - at });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  return { samples, seconds };
}

/** `rate` requests per second for `seconds`, each sent at its scheduled time whatever the answers. */
export async function openLoop(options: { target: Target; rate: number; seconds: number; make: () => ReturnType<typeof signedDm> }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const samples: Sample[] = [];
  const total = Math.round(options.rate * options.seconds);
  const interval = 1000 / options.rate;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { mid, body, signature } = options.make();
    pending.push(post(agent, options.target, body, signature).then((status) => void samples.push({ mid, status, ms: performance.now() - scheduled })));
  }
  await Promise.all(pending);
  agent.destroy();
  return { samples, seconds: (performance.now() - started) / 1000 };
}

/** Figures for a phase; throughput counts answers with `okStatus` (0 = any answer). */
export function summarise(samples: Sample[], seconds: number, okStatus = 200) {
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const pick = (q: number) => ms[Math.min(ms.length - 1, Math.max(0, Math.ceil(q * ms.length) - 1))] ?? NaN;
  return {
    requests: samples.length,
    ok: samples.filter((s) => s.status === 200).length,
    fivexx: samples.filter((s) => s.status >= 500).length,
    noAnswer: samples.filter((s) => s.status === 0).length,
    other: samples.filter((s) => s.status !== 200 && s.status < 500 && s.status !== 0).length,
    throughput: samples.filter((s) => (okStatus ? s.status === okStatus : s.status > 0)).length / seconds,
    p50: pick(0.5),
    p99: pick(0.99),
    max: ms.at(-1) ?? NaN,
  };
}
