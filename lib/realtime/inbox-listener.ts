// One LISTEN connection per process, shared by every open stream. It is a dedicated pg.Client
// (LISTEN needs one session for its whole life; a pooled connection would be handed to other
// queries). NOTIFY is database-wide, so a message stored by a worker process wakes the streams
// of every web process. Subscribers are called with no data: they read the log themselves.
import pg from 'pg';
import { env } from '../env';
import { logger } from '../logger';

type Wake = () => void;
type ListenerState = {
  subscribers: Map<string, Set<Wake>>;
  client: pg.Client | null;
  ready: Promise<void> | null;
  stopped: boolean;
  retryTimer: NodeJS.Timeout | null;
  failures: number;
};

// On globalThis so Next's dev hot reload does not open a second connection.
const globalForListener = globalThis as unknown as { relaydeskInboxListener?: ListenerState };
const state = (globalForListener.relaydeskInboxListener ??= { subscribers: new Map(), client: null, ready: null, stopped: false, retryTimer: null, failures: 0 });

const MAX_BACKOFF_MS = 30_000;

/** Calls `wake` whenever the workspace may have new events; returns the unsubscribe function. */
export function subscribeInbox(workspaceId: string, wake: Wake): () => void {
  let set = state.subscribers.get(workspaceId);
  if (!set) state.subscribers.set(workspaceId, (set = new Set<Wake>()));
  set.add(wake);
  state.stopped = false;
  void ensureListening().catch(() => {}); // failures are retried with backoff and logged there
  return () => {
    set.delete(wake);
    if (set.size === 0 && state.subscribers.get(workspaceId) === set) state.subscribers.delete(workspaceId);
  };
}

/** Resolves once LISTEN is active (so a NOTIFY sent after this reaches subscribers). */
export function inboxListenerReady(): Promise<void> {
  return ensureListening();
}

export function inboxSubscriberCount(workspaceId?: string): number {
  if (workspaceId) return state.subscribers.get(workspaceId)?.size ?? 0;
  let total = 0;
  for (const set of state.subscribers.values()) total += set.size;
  return total;
}

/** For shutdown and tests: closes the connection and stops reconnecting. */
export async function stopInboxListener(): Promise<void> {
  state.stopped = true;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const client = state.client;
  state.client = null;
  state.ready = null;
  await client?.end().catch(() => {});
}

function ensureListening(): Promise<void> {
  state.ready ??= connect();
  return state.ready;
}

async function connect(): Promise<void> {
  // LISTEN needs a real session: behind a transaction-mode pooler it must bypass the pooler.
  const client = new pg.Client({ connectionString: env().DATABASE_DIRECT_URL ?? env().DATABASE_URL, connectionTimeoutMillis: 5_000, keepAlive: true });
  client.on('notification', (message) => dispatch(message.payload));
  client.on('error', (error) => dropped(client, error));
  client.on('end', () => dropped(client, null));
  try {
    await client.connect();
    await client.query('listen inbox');
  } catch (error) {
    dropped(client, error);
    throw error;
  }
  if (state.stopped) {
    await client.end().catch(() => {});
    return;
  }
  state.client = client;
  if (state.failures > 0) {
    logger.info({ attempts: state.failures }, 'inbox listener reconnected');
    // Notifications sent while we were away are lost; every stream re-reads the log instead.
    for (const set of state.subscribers.values()) for (const wake of set) wake();
  }
  state.failures = 0;
}

const droppedClients = new WeakSet<pg.Client>();

function dropped(client: pg.Client, error: unknown) {
  // 'error' and 'end' both fire for one failure; handle each connection's loss once.
  if (droppedClients.has(client)) return;
  droppedClients.add(client);
  if (state.client === client) state.client = null;
  void client.end().catch(() => {});
  if (state.stopped || state.retryTimer) return;
  state.failures += 1;
  const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** Math.min(state.failures, 8)) * (0.5 + Math.random() / 2);
  logger.warn({ err: error, attempt: state.failures, delayMs: Math.round(delay) }, 'inbox listener connection lost; reconnecting');
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    state.ready = connect();
    state.ready.catch(() => {});
  }, delay);
  state.retryTimer.unref();
}

function dispatch(raw: string | undefined) {
  let workspaceId: unknown;
  try {
    workspaceId = (JSON.parse(raw ?? '') as { workspaceId?: unknown }).workspaceId;
  } catch {
    return;
  }
  if (typeof workspaceId !== 'string') return;
  const set = state.subscribers.get(workspaceId);
  if (!set) return;
  for (const wake of [...set]) {
    try {
      wake();
    } catch (error) {
      logger.error({ err: error, workspaceId }, 'inbox subscriber failed');
    }
  }
}
