// SSE delivery latency: process A records inbox events (recordInboxEvent: insert + NOTIFY), process
// B holds an inbox stream (the same openInboxStream the route serves) and timestamps each event.
// Both processes run on one machine, so their wall clocks agree.
//
//   npx tsx bench/realtime/sse-latency.ts [--events 500] [--interval-ms 10]
//
// Uses DATABASE_URL when set, else a fresh embedded Postgres in .data/bench-realtime-postgres.
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';

const now = () => performance.timeOrigin + performance.now();
const { values } = parseArgs({
  options: { events: { type: 'string', default: '500' }, 'interval-ms': { type: 'string', default: '10' }, producer: { type: 'string' } },
});
const count = Number(values.events);
const intervalMs = Number(values['interval-ms']);

if (values.producer) await produce(values.producer);
else await observe();

/** Process A: records `count` events, each carrying when the insert started and when it committed. */
async function produce(workspaceId: string) {
  const { recordInboxEvent } = await import('../../lib/realtime/record-inbox-event');
  const { db, disconnectDb } = await import('../../lib/db');
  await db.$queryRaw`select 1`; // open the pool before measuring
  for (let i = 0; i < count; i++) {
    const startedAt = now();
    const { seq } = await recordInboxEvent({ workspaceId, type: 'message.created', payload: { messageId: `bench-${i}`, startedAt } });
    process.stdout.write(`${seq} ${startedAt} ${now()}\n`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await disconnectDb();
}

/** Process B: one stream; the producer prints seq, start and commit times; we match them by seq. */
async function observe() {
  const { prepareDatabase } = await import('../../lib/devtools/prepare-database');
  const { generateSecrets } = await import('../../lib/devtools/dev-secrets');
  const database = await prepareDatabase({ dataDir: '.data/bench-realtime-postgres', preferredPort: 54359, database: 'relaydesk_bench_realtime', fresh: !process.env.DATABASE_URL });
  process.env.DATABASE_URL = database.url;
  for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ||= value;
  process.env.LOG_LEVEL ??= 'warn';
  const { db, disconnectDb } = await import('../../lib/db');
  const { openInboxStream } = await import('../../lib/realtime/open-inbox-stream');
  const { stopInboxListener } = await import('../../lib/realtime/inbox-listener');

  const workspace = await db.workspace.create({ data: { name: 'SSE bench', slug: `sse-bench-${Date.now()}` }, select: { id: true } });
  const abort = new AbortController();
  const received = new Map<number, number>();
  const reader = openInboxStream({ workspaceId: workspace.id, lastEventId: null, signal: abort.signal }).getReader();
  const decoder = new TextDecoder();
  let first!: () => void;
  const connected = new Promise<void>((resolve) => (first = resolve));
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      const at = now();
      first();
      for (const match of decoder.decode(value, { stream: true }).matchAll(/^id: (\d+)$/gm)) received.set(Number(match[1]), at);
    }
  })();
  await connected;

  const sent = new Map<number, { startedAt: number; committedAt: number }>();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/realtime/sse-latency.ts', '--producer', workspace.id, '--events', String(count), '--interval-ms', String(intervalMs)], {
      env: process.env, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const [seq, startedAt, committedAt] = line.split(' ').map(Number);
        sent.set(seq!, { startedAt: startedAt!, committedAt: committedAt! });
      }
    });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`producer exited with ${code}`))));
  });
  const deadline = Date.now() + 10_000;
  while (received.size < sent.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  abort.abort();
  await reading.catch(() => {});

  const fromStart: number[] = [];
  const fromCommit: number[] = [];
  for (const [seq, times] of sent) {
    const at = received.get(seq);
    if (at === undefined) continue;
    fromStart.push(at - times.startedAt);
    fromCommit.push(at - times.committedAt);
  }
  const pct = (values: number[], p: number) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!.toFixed(2);
  };
  console.log(`events: ${sent.size} recorded, ${fromStart.length} received (missing ${sent.size - fromStart.length}), one every ${intervalMs} ms`);
  console.log(`insert started → event in other process: p50 ${pct(fromStart, 50)} ms, p99 ${pct(fromStart, 99)} ms, max ${pct(fromStart, 100)} ms`);
  console.log(`insert committed → event in other process: p50 ${pct(fromCommit, 50)} ms, p99 ${pct(fromCommit, 99)} ms, max ${pct(fromCommit, 100)} ms`);
  await stopInboxListener();
  await disconnectDb();
  await database.stop();
}
