// Next calls register() once per server process, before it serves anything.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  // First, so no request reaches the app without its peer address (lib/http/peer-address-stamp.ts).
  const { installPeerAddressStamp } = await import('./lib/http/peer-address-stamp');
  installPeerAddressStamp();
  // A browser dropping a connection mid-body is not a server error (lib/http/quiet-client-aborts.ts).
  const [{ installClientAbortFilter }, { logger }] = await Promise.all([import('./lib/http/quiet-client-aborts'), import('./lib/logger')]);
  installClientAbortFilter(logger);
  const { assertEnvOrExit } = await import('./lib/env');
  const config = assertEnvOrExit();
  if (config.RUN_WORKERS_IN_PROCESS) {
    const { startInProcessWorkers } = await import('./lib/jobs/start-in-process-workers');
    startInProcessWorkers();
  }
}
