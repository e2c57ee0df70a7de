// Counts every round trip to Postgres from this process: all of them go through
// pg.Client#query (Prisma's adapter pool, the intake's pool, pg-boss's pool, LISTEN).
// `--trace-queries` also counts them by statement (its first 150 characters).
import pg from 'pg';

export type RoundTripCounter = { total(): number; byStatement: Map<string, number> };

export function countRoundTrips(options: { trace: boolean }): RoundTripCounter {
  let total = 0;
  const byStatement = new Map<string, number>();
  const statementOf = (arg: unknown) => {
    const text = typeof arg === 'string' ? arg : (arg as { text?: unknown } | null)?.text;
    return typeof text === 'string' ? text.replace(/\s+/g, ' ').trim().slice(0, 150) : '(no text)';
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
    total += 1;
    if (options.trace) {
      const key = statementOf(args[0]);
      byStatement.set(key, (byStatement.get(key) ?? 0) + 1);
    }
    return (query as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof pg.Client.prototype.query;
  return { total: () => total, byStatement };
}
