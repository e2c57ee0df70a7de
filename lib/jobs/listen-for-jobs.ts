// Worker processes LISTEN on JOBS_INSERTED_CHANNEL (payload: a queue name) and wake that queue's
// runner, so a job inserted by another process — a web process's enqueue(), the webhook intake's
// one SQL statement — starts within milliseconds rather than at the next poll. A lost
// notification (connection drop, reconnect) only costs latency: every runner still polls.
import pg from 'pg';
import { env } from '../env';
import { logger } from '../logger';
import { JOBS_INSERTED_CHANNEL } from './insert-jobs-sql';
import { queueRunners, wakeQueue } from './wake-queue';

const MAX_BACKOFF_MS = 30_000;

export type JobListener = { ready: Promise<void>; stop(): Promise<void> };

export function listenForJobs(): JobListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | null = null;

  const connect = async (): Promise<void> => {
    // LISTEN needs a real session: behind a transaction-mode pooler it must bypass the pooler.
    const next = new pg.Client({ connectionString: env().DATABASE_DIRECT_URL ?? env().DATABASE_URL, connectionTimeoutMillis: 5_000, keepAlive: true });
    let lost = false;
    const dropped = (error: unknown) => {
      if (lost) return; // 'error' and 'end' both fire for one failure
      lost = true;
      if (client === next) client = null;
      void next.end().catch(() => {});
      if (stopped || retryTimer) return;
      failures += 1;
      const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(failures, 8)) * (0.5 + Math.random() / 2);
      logger.warn({ err: error, attempt: failures, delayMs: Math.round(delay) }, 'job listener connection lost; reconnecting');
      retryTimer = setTimeout(() => {
        retryTimer = null;
        connect().catch(() => {});
      }, delay);
      retryTimer.unref();
    };
    next.on('notification', (message) => {
      if (message.payload) wakeQueue(message.payload);
    });
    next.on('error', dropped);
    next.on('end', () => dropped(null));
    try {
      await next.connect();
      await next.query(`listen ${JOBS_INSERTED_CHANNEL}`);
    } catch (error) {
      dropped(error);
      throw error;
    }
    if (stopped) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    // Jobs inserted while we were not listening: look now rather than at the next poll.
    if (failures > 0) for (const runner of queueRunners()) runner.wake();
    failures = 0;
  };

  const ready = connect();
  ready.catch(() => {}); // retried with backoff in dropped()
  return {
    ready,
    async stop() {
      stopped = true;
      if (retryTimer) clearTimeout(retryTimer);
      const open = client;
      client = null;
      await open?.end().catch(() => {});
    },
  };
}
