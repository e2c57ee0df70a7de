import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The app's server as a child process: `next dev` for development, or the production entry
 * that `npm start` runs (scripts/server.ts, on the production build) — so e2e tests exercise
 * exactly what production runs.
 */
export function appServerCommand(mode: 'dev' | 'production', port: number): string[] {
  return mode === 'dev' ? ['node_modules/next/dist/bin/next', 'dev', '--port', String(port)] : ['--import', 'tsx', 'scripts/server.ts', '--port', String(port)];
}

/**
 * Runs `node <args>` (see appServerCommand) as a child and tears down `cleanup` (the embedded
 * database) when it exits or when we are asked to stop. Ctrl-C reaches both processes; we wait
 * for the server to exit before stopping Postgres so no request sees a half-closed database.
 * `logFile`: the server's output is also copied there (the e2e server: specs read what the
 * server logged, e.g. tests/e2e/aborted-requests.spec.ts).
 */
export function runNext(args: string[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void>, options: { logFile?: string } = {}): void {
  const child = spawn(process.execPath, args, { stdio: options.logFile ? ['inherit', 'pipe', 'pipe'] : 'inherit', env });
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    const log = createWriteStream(options.logFile, { flags: 'w' });
    child.stdout?.on('data', (chunk: Buffer) => { process.stdout.write(chunk); log.write(chunk); });
    child.stderr?.on('data', (chunk: Buffer) => { process.stderr.write(chunk); log.write(chunk); });
  }
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null) child.kill(signal);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  child.on('exit', (code, signal) => {
    void cleanup()
      .catch((error: Error) => console.error(`Could not stop the embedded database cleanly: ${error.message}`))
      .finally(() => process.exit(code ?? (signal ? 0 : 1)));
  });
}
