// A browser that drops a connection while still sending a request body (a tab closed mid-upload,
// a page left while a form was posting) makes Node fail that body with `Error: aborted`
// (ECONNRESET). Next buffers every POST body for proxy.ts and, when the body fails, reports it
// as a server error — `console.error`, or `uncaughtException: ` from its process handler — and
// answers a socket that is already gone. Nothing on our side failed and nobody is waiting for
// the answer, so instrumentation.ts installs this filter in the server process: exactly that
// error becomes one debug line; every other error is printed as before.
// Reproduced by tests/e2e/aborted-requests.spec.ts against the production server (`npm start`).
import type { Logger } from '../logger';

type ConsoleError = (...args: unknown[]) => void;
const globalForFilter = globalThis as unknown as { relaydeskClientAbortFilter?: { original: ConsoleError } };

/** Node's error for a request whose client went away before its body was complete (node:_http_server abortIncoming). */
export function isClientAbortError(value: unknown): boolean {
  return value instanceof Error && (value as NodeJS.ErrnoException).code === 'ECONNRESET' && value.message === 'aborted';
}

/** Replaces console.error with a version that logs a client abort at debug level instead. Idempotent. */
export function installClientAbortFilter(log: Pick<Logger, 'debug'>, target: Pick<Console, 'error'> = console): void {
  if (target === console && globalForFilter.relaydeskClientAbortFilter) return;
  const original = target.error.bind(target) as ConsoleError;
  if (target === console) globalForFilter.relaydeskClientAbortFilter = { original };
  target.error = (...args: unknown[]) => {
    if (args.some(isClientAbortError)) {
      log.debug({ code: 'ECONNRESET' }, 'client closed the connection before its request body arrived');
      return;
    }
    original(...args);
  };
}
