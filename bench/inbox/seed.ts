// npm run bench:inbox runs this first: bulk-loads the benchmark data set unless it is there.
import pg from 'pg';
import { openBenchDatabase } from './bench-database';
import { BENCH_CONVERSATIONS, BENCH_SEED_VERSION, seedStatements } from './seed-sql';

export async function seedIfNeeded(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`select count(*)::int as n from "Conversation"`);
    if (rows[0]!.n >= BENCH_CONVERSATIONS) {
      const { rows: version } = await client.query<{ v: number | null }>(`select (select version from bench_seed_version limit 1) as v where to_regclass('bench_seed_version') is not null`);
      if (version[0]?.v !== BENCH_SEED_VERSION) {
        throw new Error(`The bench database holds an older data set (seed version ${version[0]?.v ?? 1}, now ${BENCH_SEED_VERSION}); delete .data/bench-postgres (or empty BENCH_DATABASE_URL) and rerun.`);
      }
      console.log(`Already seeded (${rows[0]!.n.toLocaleString('en')} conversations, seed version ${BENCH_SEED_VERSION}).`);
      return;
    }
    if (rows[0]!.n > 0) throw new Error('The bench database holds a partial data set; delete .data/bench-postgres (or empty BENCH_DATABASE_URL) and rerun.');
    await client.query('set maintenance_work_mem = \'256MB\'');
    await client.query('begin');
    // The generated rows are consistent by construction; skip the 2M foreign-key trigger calls
    // when we may (superuser, e.g. the embedded cluster). Elsewhere they just run.
    const { rows: su } = await client.query<{ on: boolean }>(`select current_setting('is_superuser') = 'on' as on`);
    if (su[0]!.on) await client.query(`set local session_replication_role = replica`);
    for (const { label, sql } of seedStatements.filter((s) => s.label !== 'analyze')) {
      const started = performance.now();
      await client.query(sql);
      console.log(`  ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    await client.query(`create table bench_seed_version (version int not null); insert into bench_seed_version values (${BENCH_SEED_VERSION})`);
    await client.query('commit');
    await client.query('analyze');
  } finally {
    await client.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const database = await openBenchDatabase();
  try {
    const started = performance.now();
    await seedIfNeeded(database.url);
    console.log(`Seed done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await database.stop();
  }
}
