// The open inbox streams of this process, per session, so one session cannot hold an unbounded
// number of them (each is a response, timers and a subscription). Past the cap the OLDEST stream
// is ended: the newest tab is the one the person is looking at. The cap is per process, which
// bounds the total at MAX × processes without any shared state.
export const MAX_STREAMS_PER_SESSION = 5;

export type StreamEndReason = 'signed_out' | 'removed' | 'too_many_streams';
type Entry = { end: (reason: StreamEndReason) => void };

// On globalThis so Next's dev hot reload keeps one registry.
const globalForRegistry = globalThis as unknown as { relaydeskInboxStreams?: Map<string, Entry[]> };
const streams = (globalForRegistry.relaydeskInboxStreams ??= new Map<string, Entry[]>());

/** Registers a stream of `sessionId`; `end` is called if it must give way. Returns the unregister function. */
export function registerInboxStream(sessionId: string, end: (reason: StreamEndReason) => void): () => void {
  const entry: Entry = { end };
  const list = streams.get(sessionId) ?? [];
  list.push(entry);
  streams.set(sessionId, list);
  while (list.length > MAX_STREAMS_PER_SESSION) list.shift()!.end('too_many_streams');
  return () => {
    const current = streams.get(sessionId);
    if (!current) return;
    const index = current.indexOf(entry);
    if (index >= 0) current.splice(index, 1);
    if (current.length === 0) streams.delete(sessionId);
  };
}

export function openInboxStreamCount(sessionId: string): number {
  return streams.get(sessionId)?.length ?? 0;
}
