// npm run worker — a dedicated job worker. Run as many as you need against one Postgres;
// pg-boss hands each job to exactly one of them.
export {};
process.env.RELAYDESK_PROCESS = 'worker';

const { assertEnvOrExit } = await import('../lib/env');
assertEnvOrExit();
const { logger } = await import('../lib/logger');
const { startWorkers } = await import('../lib/jobs/start-workers');

const stop = await startWorkers().catch((error: Error) => {
  logger.fatal({ err: error }, 'worker could not start');
  console.error(`Worker could not start: ${error.message}`);
  process.exit(1);
});

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping worker: finishing active jobs');
    void stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
