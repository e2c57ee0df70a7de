// The body of GET /api/inbox/stream: replay after Last-Event-ID, then live events of ONE
// workspace (the session's). Notifications only wake the stream; rows are always read from the
// log after the last sent seq, so coalesced or lost notifications skip nothing and nothing is
// sent twice. A stream outlives the request that opened it, so it re-checks its session and
// membership before every batch it sends and every few seconds while idle, and ends with a
// `stream.ended` event once either is gone (logout, revoked session, removal from the workspace).
import { logger } from '../logger';
import type { InboxStreamAccess } from './check-inbox-stream-access';
import { formatSseComment, formatSseEvent, formatSseRetry } from './format-sse';
import { inboxListenerReady, subscribeInbox } from './inbox-listener';
import { registerInboxStream, type StreamEndReason } from './inbox-stream-registry';
import { listInboxEventsAfter, resolveInboxCursor } from './list-inbox-events';

export const MAX_REPLAY = 1000;
const BATCH = 500;
const HEARTBEAT_MS = 20_000;
/** How often an idle stream re-checks that its session and membership still hold. */
const ACCESS_CHECK_MS = 5_000;

const endMessages: Record<StreamEndReason, string> = {
  signed_out: 'You were signed out. Reload the page to sign in again.',
  removed: 'You no longer have access to this workspace. Reload the page.',
  too_many_streams: 'Live updates moved to a newer tab. Resume to take them back.',
};

export type OpenInboxStreamOptions = {
  workspaceId: string;
  /** Parsed Last-Event-ID; `invalid` when one was sent but is not a number. */
  lastEventId: number | null | 'invalid';
  signal: AbortSignal;
  heartbeatMs?: number;
  /** Who the stream is for: re-checked before every batch and every `accessCheckMs` (ends the stream once not 'ok'). */
  access?: { sessionId: string; check: () => Promise<InboxStreamAccess> };
  accessCheckMs?: number;
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
  let unregister = () => {};
  let heartbeat: NodeJS.Timeout | undefined;
  let accessTimer: NodeJS.Timeout | undefined;

  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (chunk: string) => {
        if (!closed) controller.enqueue(encoder.encode(chunk));
      };
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        unregister();
        clearInterval(heartbeat);
        clearInterval(accessTimer);
        try {
          controller.close();
        } catch {
          // already closed by the consumer
        }
      };
      // Tells the client why (so it reloads, or offers to resume) and closes; nothing is sent after it.
      const end = (reason: StreamEndReason) => {
        send(formatSseEvent({ event: 'stream.ended', data: { reason, message: endMessages[reason] } }));
        close();
      };
      /** False (and the stream ended) once the session or membership is gone. */
      const stillAllowed = async (): Promise<boolean> => {
        if (!options.access || closed) return !closed;
        const access = await options.access.check();
        if (access !== 'ok' && !closed) end(access);
        return access === 'ok' && !closed;
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
              if (events.length > 0 && !(await stillAllowed())) break;
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
      if (options.access) {
        unregister = registerInboxStream(options.access.sessionId, end);
        accessTimer = setInterval(() => void stillAllowed().catch((error) => logger.warn({ err: error, workspaceId }, 'inbox stream access check failed')), options.accessCheckMs ?? ACCESS_CHECK_MS);
        accessTimer.unref?.();
      }
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
      unregister();
      clearInterval(heartbeat);
      clearInterval(accessTimer);
    },
  });
}
