// npm run bench:agent-loop: the whole AI loop with the offline provider in auto mode — a signed
// Messenger webhook into the real route handler, the process-webhook-event job, the agent-reply
// job (AGENT_DEBOUNCE_MS=0), the send-message job, and the send request arriving at a local
// stand-in for Meta's Graph API. Measures webhook 200 → send request received, per conversation.
//
//   npx tsx bench/agent-loop/run.ts [--conversations 1000] [--in-flight 20]
//
// Uses DATABASE_URL when set, else a fresh embedded Postgres in .data/bench-agent-loop-postgres.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { conversations: { type: 'string', default: '1000' }, 'in-flight': { type: 'string', default: '20' } } });
const total = Number(values.conversations);
const inFlight = Number(values['in-flight']);
const APP_SECRET = 'bench_app_secret_0123456789abcdef';
const PAGE_ID = '100000000000777';
const now = () => performance.now();

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
const database = await prepareDatabase({ dataDir: '.data/bench-agent-loop-postgres', preferredPort: 54361, database: 'relaydesk_bench_agent_loop', fresh: !process.env.DATABASE_URL });
Object.assign(process.env, {
  DATABASE_URL: database.url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', META_APP_SECRET: APP_SECRET, AGENT_DEBOUNCE_MS: '0',
  META_GRAPH_BASE_URL: `${graphUrl}/graph`, META_INSTAGRAM_GRAPH_BASE_URL: `${graphUrl}/ig`, WORKER_CONCURRENCY: process.env.WORKER_CONCURRENCY ?? '8',
});
for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ||= value;

const { db, disconnectDb } = await import('../../lib/db');
const { encryptToken } = await import('../../lib/crypto/token-cipher');
const { defaultAgentSettings } = await import('../../lib/agent/agent-settings.schema');
const { startWorkers } = await import('../../lib/jobs/start-workers');
const { stopBoss } = await import('../../lib/jobs/boss');
const { handleWebhookPost: POST } = await import('../../lib/meta/webhooks/handle-webhook-post');

// One workspace in auto mode with one FAQ, one Messenger page.
const owner = await db.user.create({ data: { email: `bench-${Date.now()}@example.com`, name: 'Bench', passwordHash: 'x', emailVerifiedAt: new Date() } });
const workspace = await db.workspace.create({ data: { name: 'Agent loop bench', slug: `agent-loop-${Date.now()}` } });
await db.membership.create({ data: { workspaceId: workspace.id, userId: owner.id, role: 'owner', notifyNewConversations: false } });
await db.channel.deleteMany({ where: { externalId: PAGE_ID } });
await db.channel.create({ data: { workspaceId: workspace.id, type: 'messenger', externalId: PAGE_ID, pageId: PAGE_ID, name: 'Bench page', accessTokenEnc: encryptToken('bench-token') } });
const settings = { ...defaultAgentSettings(), mode: 'auto', introMessage: '', discloseAi: false, outOfHours: { mode: 'reply_normally', notice: '' }, faq: [{ question: 'What are your opening hours?', answer: 'We are open 9 to 5, Monday to Friday.' }] };
await db.agentSettingsVersion.create({ data: { workspaceId: workspace.id, version: 1, settings, createdById: owner.id } });
await startWorkers();

const acked = new Map<string, number>();
let next = 0;
const started = now();
async function sender() {
  while (next < total) {
    const i = next++;
    const customer = String(7_100_000_000_000_000 + i);
    const body = JSON.stringify({
      object: 'page',
      entry: [{ id: PAGE_ID, time: Date.now(), messaging: [{ sender: { id: customer }, recipient: { id: PAGE_ID }, timestamp: Date.now(), message: { mid: `m_bench_${i}_${Date.now()}`, text: 'What are your opening hours?' } }] }],
    });
    const signature = `sha256=${createHmac('sha256', APP_SECRET).update(body).digest('hex')}`;
    const response = await POST(new Request('http://localhost:3000/api/webhooks/meta', { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature }, body }));
    if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
    acked.set(customer, now());
  }
}
await Promise.all(Array.from({ length: inFlight }, sender));

const deadline = Date.now() + Math.max(120_000, total * 500);
while (received.size < total && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
const finished = Math.max(...received.values());

const samples = [...acked].flatMap(([customer, at]) => (received.has(customer) ? [received.get(customer)! - at] : [])).sort((a, b) => a - b);
const pick = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
const runs = await db.agentRun.groupBy({ by: ['status'], where: { workspaceId: workspace.id }, _count: true });
console.log(`agent loop: ${samples.length}/${total} conversations answered (AgentRun: ${runs.map((r) => `${r.status} ${r._count}`).join(', ')})`);
console.log(`webhook 200 → send request at Graph: p50 ${pick(0.5).toFixed(0)} ms, p99 ${pick(0.99).toFixed(0)} ms, max ${samples.at(-1)!.toFixed(0)} ms`);
console.log(`throughput: ${(samples.length / ((finished - started) / 1000)).toFixed(1)} replies/s over ${((finished - started) / 1000).toFixed(1)} s`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, WORKER_CONCURRENCY=${process.env.WORKER_CONCURRENCY}, ${inFlight} webhooks in flight`);

await stopBoss({ graceful: false });
await disconnectDb();
graph.close();
await database.stop();
process.exit(samples.length === total ? 0 : 1);
