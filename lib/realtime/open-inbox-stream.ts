// The body of GET /api/inbox/stream: replay after Last-Event-ID, then live events of ONE
// workspace (the session's). Notifications only wake the stream; rows are always read from the
// log after the last sent seq, so coalesced or lost notifications skip nothing and nothing is
// sent twice.
import { logger } from '../logger';
import { formatSseComment, formatSseEvent, formatSseRetry } from './format-sse';
import { inboxListenerReady, subscribeInbox } from './inbox-listener';
import { listInboxEventsAfter, resolveInboxCursor } from './list-inbox-events';

export const MAX_REPLAY = 1000;
const BATCH = 500;
const HEARTBEAT_MS = 20_000;

export type OpenInboxStreamOptions = {
  workspaceId: string;
  /** Parsed Last-Event-ID; `invalid` when one was sent but is not a number. */
  lastEventId: number | null | 'invalid';
  signal: AbortSignal;
  heartbeatMs?: number;
};

export function openInboxStream(options: OpenInboxStreamOptions): ReadableStream<Uint8Array> {
  const { workspaceId, signal } = options;
  const encoder = new TextEncoder();
  let cursor = 0;
  let started = false;
  let pumping = false;
  let again = false;
  let closed = false;
  let unsubscribe = () => {};
  let heartbeat: NodeJS.Timeout | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        try {
          controller.close();
        } catch {
          // already closed by the consumer
        }
      };

      // Reads everything after the cursor; one reader at a time, re-run if woken meanwhile.
      const pump = async () => {
        if (!started || closed) return;
        if (pumping) return void (again = true);
        pumping = true;
        try {
          do {
            again = false;
            for (;;) {
              const events = await listInboxEventsAfter({ workspaceId, afterSeq: cursor, limit: BATCH });
              for (const event of events) {
                send(formatSseEvent({ id: event.seq, event: event.type, data: { conversationId: event.conversationId, ...event.payload } }));
                cursor = event.seq;
              }
              if (events.length < BATCH || closed) break;
            }
          } while (again && !closed);
        } catch (error) {
          logger.error({ err: error, workspaceId }, 'inbox stream read failed');
          close();
        } finally {
          pumping = false;
        }
      };

      if (signal.aborted) return close();
      signal.addEventListener('abort', close, { once: true });
      // Subscribe before choosing the cursor, so an event recorded in between is not missed.
      unsubscribe = subscribeInbox(workspaceId, () => void pump());
      heartbeat = setInterval(() => send(formatSseComment('heartbeat')), options.heartbeatMs ?? HEARTBEAT_MS);
      heartbeat.unref?.();
      try {
        await inboxListenerReady().catch((error) => logger.warn({ err: error }, 'inbox listener not ready; the stream waits for its reconnect'));
        const invalid = options.lastEventId === 'invalid';
        const resolved = await resolveInboxCursor({ workspaceId, lastEventId: invalid ? null : (options.lastEventId as number | null), maxReplay: MAX_REPLAY });
        if (invalid) resolved.resync = true; // the client had a position we cannot interpret
        cursor = resolved.cursor;
        send(formatSseRetry(3_000));
        if (resolved.resync) send(formatSseEvent({ id: cursor, event: 'resync', data: { reason: 'The events since your last connection are no longer available; reload.' } }));
        else send(formatSseComment('connected'));
        started = true;
        await pump();
      } catch (error) {
        logger.error({ err: error, workspaceId }, 'inbox stream failed to start');
        close();
      }
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
    },
  });
}
