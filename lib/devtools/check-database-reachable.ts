import pg from 'pg';

/** Connects once with a short timeout; returns a readable reason when it cannot. */
export async function checkDatabaseReachable(connectionString: string): Promise<string | null> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return e.code ? `${e.code}: ${e.message}` : e.message;
  } finally {
    await client.end().catch(() => {});
  }
}
