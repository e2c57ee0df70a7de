// npm run bench:inbox: seeds (once) then times the inbox list, search and filter counts through
// the same lib functions the /inbox page calls, prints PASS/FAIL against the targets
// (large tenant: list p99 ≤ 20 ms, search p99 ≤ 60 ms) and EXPLAIN (ANALYZE, BUFFERS) of the
// statements behind them. Results go to .data/bench-inbox-results.md for docs/benchmarks.md.
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { openBenchDatabase } from './bench-database';
import { seedIfNeeded } from './seed';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 10;
const TARGETS = { listP99Ms: 20, searchP99Ms: 60 };

const database = await openBenchDatabase();
try {
  await seedIfNeeded(database.url);
  Object.assign(process.env, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '4', LOG_LEVEL: 'silent' });
  const { db, disconnectDb } = await import('../../lib/db');
  const { Prisma } = await import('../../lib/generated/prisma/client');
  const { listConversations, conversationPageSql, conversationListStatement } = await import('../../lib/inbox/list-conversations');
  const { countConversationsByFilter, conversationCountsSql } = await import('../../lib/inbox/count-conversations-by-filter');
  const { buildSearchTsquery } = await import('../../lib/inbox/search-tsquery');
  const { scopedDb } = await import('../../lib/workspaces/scoped-db');
  const { can } = await import('../../lib/workspaces/permissions');
  type Ctx = import('../../lib/workspaces/context').WorkspaceContext;
  type Filters = Parameters<typeof listConversations>[0]['filters'];
  type Plan = import('../../lib/inbox/list-conversations').SearchPlan;

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

  const loadBefore = os.loadavg();
  const tenants = [
    { label: 'large (20k conv.)', large: true, ctx: await ownerContext('bench-1') },
    { label: 'typical (~800 conv.)', large: false, ctx: await ownerContext('bench-50') },
  ];
  const someLabel = async (ctx: Ctx) => (await ctx.db.label.findFirstOrThrow({ where: { name: 'VIP' }, select: { id: true } })).id;
  const lines = ['| Tenant | Scenario | rows | p50 ms | p99 ms | max ms |', '|---|---|---:|---:|---:|---:|'];
  const worst = { list: { p99: 0, name: '' }, search: { p99: 0, name: '' } };
  const record = (label: string, name: string, rows: number | string, r: { p50: number; p99: number; max: number }) => {
    lines.push(`| ${label} | ${name} | ${rows} | ${r.p50.toFixed(2)} | ${r.p99.toFixed(2)} | ${r.max.toFixed(2)} |`);
    console.log(lines.at(-1));
  };
  for (const { label, large, ctx } of tenants) {
    const vip = await someLabel(ctx);
    const page2 = (await listConversations({ ctx, filters: {} })).nextCursor ?? undefined;
    const scenarios: { name: string; filters: Filters; cursor?: string; kind: 'list' | 'search' }[] = [
      { kind: 'list', name: 'open (default)', filters: {} },
      { kind: 'list', name: 'open, page 2 (cursor)', filters: {}, cursor: page2 },
      { kind: 'list', name: 'mine', filters: { assignee: 'me' } },
      { kind: 'list', name: 'unassigned + instagram', filters: { assignee: 'unassigned', channel: 'instagram' } },
      { kind: 'list', name: 'human + label VIP', filters: { handling: 'human', label: vip } },
      { kind: 'list', name: 'AI draft waiting', filters: { handling: 'draft_waiting' } },
      { kind: 'list', name: 'needs human', filters: { needsHuman: '1' } },
      { kind: 'list', name: 'closed', filters: { status: 'closed' } },
      { kind: 'search', name: 'search common word "refund"', filters: { q: 'refund' } },
      { kind: 'search', name: 'search prefix "refu"', filters: { q: 'refu' } },
      { kind: 'search', name: 'search one letter "r"', filters: { q: 'r' } },
      { kind: 'search', name: 'search two words "refund payment"', filters: { q: 'refund payment' } },
      { kind: 'search', name: 'search rare word prefix "sourdou"', filters: { q: 'sourdou' } },
      { kind: 'search', name: 'search no match "zzzz"', filters: { q: 'zzzz' } },
      { kind: 'search', name: 'search contact "souza"', filters: { q: 'souza' } },
      { kind: 'search', name: 'search contact prefix "sou"', filters: { q: 'sou' } },
      { kind: 'search', name: 'search unicode "envío 🍕"', filters: { q: 'envío 🍕' } },
      { kind: 'search', name: 'search "refund" in closed', filters: { q: 'refund', status: 'closed' } },
      { kind: 'search', name: 'search "refund" + human + label VIP', filters: { q: 'refund', handling: 'human', label: vip } },
    ];
    for (const s of scenarios) {
      const rows = (await listConversations({ ctx, filters: s.filters, cursor: s.cursor })).conversations.length;
      const r = await time(() => listConversations({ ctx, filters: s.filters, cursor: s.cursor }));
      record(label, s.name, rows, r);
      if (large && r.p99 > worst[s.kind].p99) worst[s.kind] = { p99: r.p99, name: s.name };
    }
    // For comparison: the id-page query alone (what the display fields used to cost on top of).
    record(label, 'open (default): id page only, for comparison', 51, await time(() => ctx.db.$queryRaw(conversationPageSql(ctx, {}, undefined, 50))));
    record(label, 'filter counts (one statement)', '–', await time(() => countConversationsByFilter({ ctx })));
  }
  const loadAfter = os.loadavg();

  const large = tenants[0]!.ctx;
  const explain = async (sql: import('../../lib/generated/prisma/client').Prisma.Sql) => {
    const rows = await db.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`explain (analyze, buffers) ${sql}`);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  };
  const statement = (filters: Filters, plan: Plan) =>
    conversationListStatement(large, filters, undefined, 50, plan, filters.q ? buildSearchTsquery(filters.q)! : '');
  const plans = [
    ['List: open conversations, large tenant (page + display fields, one statement)', statement({}, 'list')],
    ['List: unassigned + instagram, large tenant', statement({ assignee: 'unassigned', channel: 'instagram' }, 'list')],
    ['Search "sourdou" (rare), large tenant: the capped set plan answers alone', statement({ q: 'sourdou' }, 'search-set-capped')],
    ['Search "refund" (common), large tenant: the capped set plan reaches its cap, so…', statement({ q: 'refund' }, 'search-set-capped')],
    ['…the walk plan fills the page from the newest conversations', statement({ q: 'refund' }, 'search-walk')],
    ['Filter counts, large tenant (one statement)', conversationCountsSql(large.workspace.id)],
  ] as const;
  const planText: string[] = [];
  for (const [title, sql] of plans) planText.push(`### ${title}\n\n\`\`\`\n${await explain(sql)}\n\`\`\``);

  const verdicts = [
    `Large tenant list p99 (worst scenario: ${worst.list.name}): ${worst.list.p99.toFixed(2)} ms — target ≤ ${TARGETS.listP99Ms} ms: ${worst.list.p99 <= TARGETS.listP99Ms ? 'PASS' : 'FAIL'}`,
    `Large tenant search p99 (worst scenario: ${worst.search.name}): ${worst.search.p99.toFixed(2)} ms — target ≤ ${TARGETS.searchP99Ms} ms: ${worst.search.p99 <= TARGETS.searchP99Ms ? 'PASS' : 'FAIL'}`,
  ];
  const load = (l: number[]) => l.map((x) => x.toFixed(2)).join(', ');
  const report = [
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM; load average (1, 5, 15 min) ${load(loadBefore)} before, ${load(loadAfter)} after; ${RUNS} timed runs after ${WARMUP} warm-ups each; times are whole calls of listConversations / countConversationsByFilter through Prisma.`,
    '', ...lines, '', ...verdicts.map((v) => `- ${v}`), '', ...planText,
  ].join('\n');
  console.log(`\n${planText.join('\n\n')}\n`);
  console.log(`Load average before ${load(loadBefore)}, after ${load(loadAfter)}`);
  for (const v of verdicts) console.log(v);
  await writeFile('.data/bench-inbox-results.md', report);
  console.log('\nWrote .data/bench-inbox-results.md');
  process.exitCode = verdicts.every((v) => v.endsWith('PASS')) ? 0 : 1;
  await disconnectDb();
} finally {
  await database.stop();
}
