import { spawn } from 'node:child_process';

/**
 * Runs `next <command>` as a child and tears down `cleanup` (the embedded database) when it
 * exits or when we are asked to stop. Ctrl-C reaches both processes; we wait for Next to
 * exit before stopping Postgres so no request sees a half-closed database.
 */
export function runNext(args: string[], env: NodeJS.ProcessEnv, cleanup: () => Promise<void>): void {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', ...args], { stdio: 'inherit', env });
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
