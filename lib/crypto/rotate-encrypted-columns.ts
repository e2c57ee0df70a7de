// `npm run keys:rotate`: re-encrypts every value that is not under the active key (the first
// entry of TOKEN_ENCRYPTION_KEYS), in EVERY encrypted column. The columns are found in the
// database catalog, not listed here: by convention a column holding token-cipher ciphertext is
// named `…Enc` (Channel.accessTokenEnc, AgentConfig.apiKeyEnc, …), so a new one is rotated without
// anyone remembering this file (issue 12: AgentConfig.apiKeyEnc was forgotten and workspace LLM
// keys became unreadable after a rotation). tests/unit/encrypted-columns.test.ts keeps the
// convention: every encryptToken() result stored in the database goes into an `…Enc` field.
//
// Batched, resumable and idempotent; each row is swapped only if it still holds the value read
// (a token refreshed meanwhile is already current and left alone).
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { env } from '../env';
import { AppError } from '../errors';
import type { Keyring } from './keyring';
import { decryptToken, encryptToken } from './token-cipher';

export type EncryptedColumn = { table: string; column: string; primaryKey: string };
export type ColumnRotation = EncryptedColumn & { rotated: number; skipped: number; unreadable: number };

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const quote = (identifier: string) => {
  // Catalog names only, but checked anyway: they are spliced into SQL as identifiers.
  if (!IDENTIFIER.test(identifier)) throw new Error(`Refusing an unexpected SQL identifier: ${JSON.stringify(identifier)}`);
  return Prisma.raw(`"${identifier}"`);
};

/** Every text column named `…Enc` in the app's schema, with its table's single-column primary key. */
export async function listEncryptedColumns(): Promise<EncryptedColumn[]> {
  const rows = await db.$queryRaw<{ table: string; column: string; primaryKey: string | null; keyColumns: bigint }[]>`
    select c.table_name as "table", c.column_name as "column",
           min(k.column_name) as "primaryKey", count(k.column_name) as "keyColumns"
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    left join information_schema.table_constraints tc on tc.table_schema = c.table_schema and tc.table_name = c.table_name and tc.constraint_type = 'PRIMARY KEY'
    left join information_schema.key_column_usage k on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
    where c.table_schema = current_schema() and c.column_name like '%Enc' and c.data_type in ('text', 'character varying')
    group by c.table_name, c.column_name
    order by c.table_name, c.column_name`;
  return rows.map((row) => {
    if (!row.primaryKey || Number(row.keyColumns) !== 1) throw new Error(`${row.table}.${row.column} is encrypted but its table has no single-column primary key to rotate by.`);
    return { table: row.table, column: row.column, primaryKey: row.primaryKey };
  });
}

export async function rotateEncryptedColumns(options: { ring?: Keyring; batchSize?: number; onBatch?: (progress: { table: string; column: string; rotated: number }) => void } = {}) {
  const ring = options.ring ?? env().TOKEN_ENCRYPTION_KEYS;
  if (!ring) throw new AppError('unavailable', 'TOKEN_ENCRYPTION_KEYS is not configured.');
  const batchSize = options.batchSize ?? 200;
  const columns: ColumnRotation[] = [];
  for (const target of await listEncryptedColumns()) {
    const result: ColumnRotation = { ...target, rotated: 0, skipped: 0, unreadable: 0 };
    const [table, column, pk] = [quote(target.table), quote(target.column), quote(target.primaryKey)];
    const current = `${ring.active.id}.%`;
    let cursor: string | null = null;
    for (;;) {
      // Unscoped on purpose: an operator maintenance task over every workspace. Keyset by primary key.
      const rows: { key: string; value: string }[] = await db.$queryRaw`
        select ${pk}::text as key, ${column} as value from ${table}
        where ${column} is not null and ${column} not like ${current} and (${cursor}::text is null or ${pk}::text > ${cursor})
        order by ${pk}::text limit ${batchSize}`;
      if (rows.length === 0) break;
      for (const row of rows) {
        let plaintext: string;
        try {
          plaintext = decryptToken(row.value, ring);
        } catch {
          // Under a key no longer in the ring (or corrupt): reported, never overwritten.
          result.unreadable += 1;
          continue;
        }
        const changed = await db.$executeRaw`update ${table} set ${column} = ${encryptToken(plaintext, ring)} where ${pk}::text = ${row.key} and ${column} = ${row.value}`;
        if (changed) result.rotated += 1;
        else result.skipped += 1;
      }
      cursor = rows.at(-1)!.key;
      options.onBatch?.({ table: target.table, column: target.column, rotated: result.rotated });
    }
    columns.push(result);
  }
  const total = (field: 'rotated' | 'skipped' | 'unreadable') => columns.reduce((sum, entry) => sum + entry[field], 0);
  return { columns, rotated: total('rotated'), skipped: total('skipped'), unreadable: total('unreadable'), activeKeyId: ring.active.id };
}
