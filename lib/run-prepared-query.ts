// Runs a hand-written statement as a named prepared statement on the process's pg pool.
// Postgres then parses and plans it once per connection (after five runs it keeps a generic
// plan) instead of on every call: for the inbox list — a statement of a dozen joins and CTEs —
// parse + plan was ~6 ms of the ~8 ms a page took, the rows themselves ~1.3 ms
// (docs/benchmarks.md "Inbox list and search"). Only for statements whose plan does not depend
// on the values (keyset pages by workspace); a search, whose best plan depends on the term,
// stays unprepared.
import type { Prisma } from './generated/prisma/client';
import { sqlPool } from './db';
import { preparedStatementName } from './prepared-statement-name';

export async function runPreparedQuery<Row>(statement: Prisma.Sql): Promise<Row[]> {
  return runPreparedSql<Row>(statement.text, statement.values as unknown[]);
}

/** The same for a hand-written statement kept as a constant with its `$n` placeholders. */
export async function runPreparedSql<Row>(text: string, values: unknown[]): Promise<Row[]> {
  // One name per SQL text: statements built from different clauses are different statements.
  const result = await sqlPool().query({ name: preparedStatementName(text), text, values });
  return result.rows as Row[];
}
