// pg-boss's database connection: the small pool pg-boss would open itself, except that its
// statements — the fetch, insert and complete of every job — run as named prepared statements
// (lib/prepared-statement-name.ts), parsed and planned once per connection instead of on every
// call. pg-boss takes it as `db` and then leaves opening and closing to us (boss.ts).
import { EventEmitter } from 'node:events';
import pg from 'pg';
import { preparedStatementName } from '../prepared-statement-name';

export class BossDb extends EventEmitter {
  private pool: pg.Pool | undefined;
  opened = false;

  constructor(private readonly config: pg.PoolConfig) {
    super();
  }

  async open(): Promise<void> {
    this.pool = new pg.Pool({ application_name: 'pgboss', ...this.config });
    // An idle client's error (database restart) must not crash the process; the pool replaces it.
    this.pool.on('error', (error) => this.emit('error', error));
    this.opened = true;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.opened = false;
    this.pool = undefined;
    if (pool && !pool.ending) await pool.end();
  }

  /** pg-boss's one entry point. */
  async executeSql(text: string, values?: unknown[]): Promise<pg.QueryResult> {
    if (!this.opened || !this.pool) throw new Error('pg-boss database is closed');
    return this.pool.query({ name: values?.length ? preparedStatementName(text) : undefined, text, values });
  }
}
