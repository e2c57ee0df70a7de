import pg from 'pg';

/**
 * A normalised description of the `public` schema read from Postgres' catalogs: tables,
 * columns (type, nullability, default), indexes, constraints and enums. Two databases with
 * equal descriptions have the same shape, whatever built them. (Prisma's introspection is not
 * usable here: the wasm engine cannot deserialise some catalog column types.)
 * Indexes named `manual_*` are hand-written in migrations because Prisma's schema cannot express
 * them (e.g. full-text GIN expression indexes); they are left out of the comparison, and so are
 * constraint triggers (pg_constraint rows of type 't', e.g. the workspace unread counter's).
 */
export async function describeDatabaseSchema(connectionString: string) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(' | ')).sort();
    return {
      columns: await query(`
        select table_name, column_name, data_type, udt_name, is_nullable, coalesce(column_default, ''),
               coalesce(character_maximum_length::text, ''), coalesce(datetime_precision::text, '')
        from information_schema.columns
        where table_schema = 'public' and table_name <> '_prisma_migrations'`),
      indexes: await query(`
        select tablename, indexname, indexdef from pg_indexes
        where schemaname = 'public' and tablename <> '_prisma_migrations' and indexname not like 'manual\\_%'`),
      constraints: await query(`
        select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.conrelid::regclass::text <> '"_prisma_migrations"' and c.conrelid::regclass::text <> '_prisma_migrations'
          and c.contype <> 't'`),
      enums: await query(`
        select t.typname, string_agg(e.enumlabel, ',' order by e.enumsortorder)
        from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = 'public' group by t.typname`),
    };
  } finally {
    await client.end();
  }
}
