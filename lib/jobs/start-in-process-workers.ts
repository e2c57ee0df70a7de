import { logger } from '../logger';
import { addShutdownTask, isShutdownClaimed } from '../server/shutdown-tasks';
import { startWorkers } from './start-workers';

/**
 * Development and single-process deployments work jobs inside the web server. A database
 * that is down at boot must not crash the server (pages show a friendly error instead), so
 * start-up is retried in the background until it succeeds.
 */
export function startInProcessWorkers(retryMs = 10_000): void {
  const attempt = () => {
    startWorkers()
      .then((stop) => {
        // Under the production server, stop after the requests in flight (lib/server/shutdown-tasks.ts);
        // under `next dev`, on the signal itself.
        if (isShutdownClaimed()) return addShutdownTask('in-process job workers', stop);
        const shutdown = () => void stop().finally(() => process.exit(0));
        process.once('SIGTERM', shutdown);
        process.once('SIGINT', shutdown);
      })
      .catch((error: unknown) => {
        logger.error({ err: error, retryInMs: retryMs }, 'could not start in-process workers; retrying');
        setTimeout(attempt, retryMs).unref();
      });
  };
  attempt();
}
