// npm run bench:reports:explain — EXPLAIN (ANALYZE, BUFFERS) of every statement /reports runs,
// for the large bench tenant over its whole 90 days, in Europe/Berlin days (the slowest scenario
// of bench:reports). Needs the data set bench:reports seeds. Prints each plan's execution time and
// the plan, to see where the report's time goes.
import pg from 'pg';
import { openBenchDatabase } from '../inbox/bench-database';

const database = await openBenchDatabase();
try {
  Object.assign(process.env, { DATABASE_URL: database.url, DATABASE_POOL_SIZE: '2', LOG_LEVEL: 'silent' });
  const { db, disconnectDb } = await import('../../lib/db');
  const { Prisma } = await import('../../lib/generated/prisma/client');
  const { scopedDb } = await import('../../lib/workspaces/scoped-db');
  const { queryConversationMetrics } = await import('../../lib/reports/query-conversation-metrics');
  const { queryAgentMetrics } = await import('../../lib/reports/query-agent-metrics');
  const { queryTeamMetrics } = await import('../../lib/reports/query-team-metrics');
  const { queryCsatMetrics } = await import('../../lib/reports/query-csat-metrics');
  const workspace = await db.workspace.findFirstOrThrow({ where: { slug: 'bench-1' }, select: { id: true } });
  const bounds = { workspaceId: workspace.id, start: new Date(Date.now() - 91 * 86_400_000), end: new Date(Date.now() + 86_400_000), timeZone: 'Europe/Berlin', channel: null };
  // Capture each statement the report functions send, then EXPLAIN it on its own connection.
  const statements: { sql: string; values: unknown[] }[] = [];
  const capturing = new Proxy(scopedDb(workspace.id), {
    get(target, prop, receiver) {
      if (prop === '$queryRaw') return async (strings: TemplateStringsArray, ...values: unknown[]) => { const sql = Prisma.sql(strings, ...values); statements.push({ sql: sql.text, values: sql.values }); return [{}]; };
      return Reflect.get(target, prop, receiver);
    },
  }) as Parameters<typeof queryCsatMetrics>[0];
  for (const q of [queryConversationMetrics, queryAgentMetrics, queryTeamMetrics, queryCsatMetrics]) await q(capturing, bounds).catch(() => undefined);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const s of statements) {
    const { rows } = await client.query(`explain (analyze, buffers) ${s.sql}`, s.values);
    const plan = rows.map((r) => r['QUERY PLAN'] as string);
    console.log(`\n=== ${plan.at(-1)} — ${s.sql.replace(/\s+/g, ' ').slice(0, 110)}…`);
    console.log(plan.join('\n'));
  }
  await client.end();
  await disconnectDb();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await database.stop();
}
