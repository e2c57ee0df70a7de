// npm run bench:inbox: seeds (once) then times the inbox list and search through the same
// lib functions the /inbox page calls, and prints EXPLAIN (ANALYZE, BUFFERS) for both queries.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { openBenchDatabase } from './bench-database';
import { seedIfNeeded } from './seed';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;

const database = await openBenchDatabase();
try {
  await seedIfNeeded(database.url);
  Object.assign(process.env, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '4', LOG_LEVEL: 'silent' });
  const { db, disconnectDb } = await import('../../lib/db');
  const { Prisma } = await import('../../lib/generated/prisma/client');
  const { listConversations, conversationPageSql } = await import('../../lib/inbox/list-conversations');
  const { countConversationsByFilter } = await import('../../lib/inbox/count-conversations-by-filter');
  const { scopedDb } = await import('../../lib/workspaces/scoped-db');
  const { can } = await import('../../lib/workspaces/permissions');
  type Ctx = import('../../lib/workspaces/context').WorkspaceContext;
  type Filters = Parameters<typeof listConversations>[0]['filters'];

  /** The same shape tests/factories.ts contextFor builds: the workspace owner, no cookies. */
  async function ownerContext(slug: string): Promise<Ctx> {
    const m = await db.membership.findFirstOrThrow({
      where: { workspace: { slug }, role: 'owner' },
      select: { role: true, workspace: { select: { id: true, name: true, slug: true } }, user: { select: { id: true, email: true, name: true, emailVerifiedAt: true } } },
    });
    return {
      session: { id: '00000000-0000-7000-8000-000000000000', currentWorkspaceId: m.workspace.id, user: m.user },
      user: m.user, workspace: m.workspace, role: m.role, db: scopedDb(m.workspace.id), can: (p) => can(m.role, p),
    } as Ctx;
  }

  async function time(fn: () => Promise<unknown>) {
    for (let i = 0; i < WARMUP; i++) await fn();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await fn();
      samples.push(performance.now() - started);
    }
    samples.sort((a, b) => a - b);
    const pick = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
    return { p50: pick(0.5), p99: pick(0.99), max: samples.at(-1)! };
  }

  const tenants = [
    { label: 'large (20k conv.)', ctx: await ownerContext('bench-1') },
    { label: 'typical (~800 conv.)', ctx: await ownerContext('bench-50') },
  ];
  const someLabel = async (ctx: Ctx) => (await ctx.db.label.findFirstOrThrow({ where: { name: 'VIP' }, select: { id: true } })).id;
  const lines = ['| Tenant | Scenario | rows | p50 ms | p99 ms | max ms |', '|---|---|---:|---:|---:|---:|'];
  for (const { label, ctx } of tenants) {
    const vip = await someLabel(ctx);
    const page2 = (await listConversations({ ctx, filters: {} })).nextCursor ?? undefined;
    const scenarios: { name: string; filters: Filters; cursor?: string }[] = [
      { name: 'open (default)', filters: {} },
      { name: 'open, page 2 (cursor)', filters: {}, cursor: page2 },
      { name: 'mine', filters: { assignee: 'me' } },
      { name: 'unassigned + instagram', filters: { assignee: 'unassigned', channel: 'instagram' } },
      { name: 'human + label VIP', filters: { handling: 'human', label: vip } },
      { name: 'needs human', filters: { needsHuman: '1' } },
      { name: 'closed', filters: { status: 'closed' } },
      { name: 'search common word "refund"', filters: { q: 'refund' } },
      { name: 'search two words "refund payment"', filters: { q: 'refund payment' } },
      { name: 'search contact "souza"', filters: { q: 'souza' } },
      { name: 'search unicode "envío 🍕"', filters: { q: 'envío 🍕' } },
      { name: 'search "refund" in closed', filters: { q: 'refund', status: 'closed' } },
    ];
    for (const s of scenarios) {
      const rows = (await listConversations({ ctx, filters: s.filters, cursor: s.cursor })).conversations.length;
      const r = await time(() => listConversations({ ctx, filters: s.filters, cursor: s.cursor }));
      lines.push(`| ${label} | ${s.name} | ${rows} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`);
      console.log(lines.at(-1));
    }
    const r = await time(() => countConversationsByFilter({ ctx }));
    lines.push(`| ${label} | filter counts (one grouped query) | – | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`);
    console.log(lines.at(-1));
  }

  const large = tenants[0]!.ctx;
  const explain = async (filters: Filters) => {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`explain (analyze, buffers) ${conversationPageSql(large, filters, undefined, 50)}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  const plans = [
    `### List: open conversations, large tenant\n\n\`\`\`\n${await explain({})}\n\`\`\``,
    `### List: mine, large tenant\n\n\`\`\`\n${await explain({ assignee: 'me' })}\n\`\`\``,
    `### Search: "refund", large tenant\n\n\`\`\`\n${await explain({ q: 'refund' })}\n\`\`\``,
    `### Search: contact "souza", large tenant\n\n\`\`\`\n${await explain({ q: 'souza' })}\n\`\`\``,
  ];
  const report = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; ${RUNS} timed runs after ${WARMUP} warm-ups each; times are the whole listConversations call (id-page query + display-fields query).`,
    '', ...lines, '', ...plans,
  ].join('\n');
  console.log(`\n${plans.join('\n\n')}`);
  await writeFile('.data/bench-inbox-results.md', report);
  console.log('\nWrote .data/bench-inbox-results.md');
  await disconnectDb();
} finally {
  await database.stop();
}
