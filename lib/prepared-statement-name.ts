// Names for node-postgres prepared statements: Postgres parses and plans a named statement once
// per connection (and after five runs may keep a generic plan) instead of on every call. Prisma's
// driver adapter, pg-boss and our hand-written statements all go through this. On the AI loop the
// parse + plan of ~45 statements per reply was a large share of Postgres's CPU (docs/benchmarks.md
// "AI loop"); the inbox list's dozen joins spent ~6 of ~8 ms planning.
//
// Not named (parsed each time, planned for its values):
// - statements whose best plan depends on the values: full-text and pattern searches;
// - several statements in one text (pg-boss migrations), which the extended protocol refuses;
// - anything past MAX_NAMED distinct texts in this process, so a generator of ever-new SQL
//   (e.g. IN-lists of every length) cannot grow each connection's statement cache without bound;
// - everything, with DATABASE_PREPARED_STATEMENTS=false — for a pooler that cannot route named
//   statements (PgBouncer in transaction mode before 1.21, or without max_prepared_statements).
import { createHash } from 'node:crypto';
import { env } from './env';

const MAX_NAMED = 2_000;
const names = new Map<string, string>();
const VALUE_DEPENDENT_PLAN = /tsquery|\bi?like\b|~\*?\s*\$/i;
const SEVERAL_STATEMENTS = /;\s*\S/;

export function preparedStatementName(text: string): string | undefined {
  const known = names.get(text);
  if (known) return known;
  if (!env().DATABASE_PREPARED_STATEMENTS || names.size >= MAX_NAMED) return undefined;
  if (VALUE_DEPENDENT_PLAN.test(text) || SEVERAL_STATEMENTS.test(text)) return undefined;
  const name = `s_${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
  names.set(text, name);
  return name;
}
