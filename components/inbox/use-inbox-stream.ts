'use client';
// Subscribes to /api/inbox/stream. EventSource resends Last-Event-ID on its own reconnects;
// when the browser gives up (a non-200 answer such as an expired session), we open a new one
// after a backoff and pass the last id in the query, since a new EventSource starts without it.
// The server ends a stream with `stream.ended` when the session or membership is gone (we reload,
// so the page shows the sign-in or the 404) or when newer tabs took the session's stream slots
// ('paused' until the person resumes here; reloading by itself would make the tabs fight).
import { useCallback, useEffect, useRef, useState } from 'react';

export type InboxStreamState = 'connecting' | 'live' | 'reconnecting' | 'paused' | 'ended';
export type InboxStreamEvent = { id: string; type: string; data: Record<string, unknown> };

const EVENT_TYPES = ['message.created', 'message.updated', 'conversation.updated', 'draft.created', 'draft.updated', 'note.created', 'presence.updated', 'resync'] as const;
/** Re-broadcast on window so other widgets (desktop alerts) share this one connection. */
export const INBOX_STREAM_WINDOW_EVENT = 'relaydesk:inbox-event';
const KEEP = 50;

export function useInboxStream(options: { onEvent?: (event: InboxStreamEvent) => void; url?: string; since?: number } = {}) {
  const [state, setState] = useState<InboxStreamState>('connecting');
  const [events, setEvents] = useState<InboxStreamEvent[]>([]);
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });
  const url = options.url ?? '/api/inbox/stream';
  // Only the first connection uses `since` (the page's render point); later renders pass newer
  // values, but by then the stream's own last id is the right place to resume from.
  const since = useRef(options.since);
  // Kept across resumes, so a resumed stream replays only what this tab missed.
  const lastIdRef = useRef<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const resume = useCallback(() => setGeneration((value) => value + 1), []);

  useEffect(() => {
    let source: EventSource | null = null;
    let failures = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;

    const handle = (message: MessageEvent<string>) => {
      if (message.lastEventId) lastIdRef.current = message.lastEventId;
      let data: Record<string, unknown> = {};
      try {
        data = JSON.parse(message.data) as Record<string, unknown>;
      } catch {
        // a malformed event is ignored rather than breaking the stream
      }
      const event = { id: message.lastEventId, type: message.type, data };
      setEvents((previous) => [...previous.slice(-(KEEP - 1)), event]);
      onEvent.current?.(event);
      window.dispatchEvent(new CustomEvent<InboxStreamEvent>(INBOX_STREAM_WINDOW_EVENT, { detail: event }));
    };

    const ended = (message: MessageEvent<string>) => {
      source?.close();
      let reason = '';
      try {
        reason = String((JSON.parse(message.data) as { reason?: unknown }).reason ?? '');
      } catch {
        // treated like a signed-out stream below
      }
      if (reason === 'too_many_streams') return setState('paused');
      setState('ended');
      window.location.reload();
    };

    const open = () => {
      if (disposed) return;
      setState('connecting');
      const lastId = lastIdRef.current ?? (since.current === undefined ? '' : String(since.current));
      source = new EventSource(lastId ? `${url}?lastEventId=${encodeURIComponent(lastId)}` : url);
      source.onopen = () => {
        failures = 0;
        setState('live');
      };
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState !== EventSource.CLOSED) return; // the browser retries by itself
        source.close();
        failures += 1;
        timer = setTimeout(open, Math.min(30_000, 1_000 * 2 ** failures));
      };
      for (const type of EVENT_TYPES) source.addEventListener(type, handle as EventListener);
      source.addEventListener('stream.ended', ended as EventListener);
    };
    open();
    return () => {
      disposed = true;
      clearTimeout(timer);
      source?.close();
    };
  }, [url, generation]);

  return { state, events, lastEvent: events.at(-1) ?? null, resume };
}
