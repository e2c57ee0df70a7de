// Reads a Server-Sent Events response as it arrives, for tests of /api/inbox/stream.
export type Sse = { id?: string; event?: string; data?: unknown };

export function readSseEvents(response: Response) {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: Sse[] = [];
  let buffer = '';
  let received = false;
  let ended = false;
  let waiters: (() => void)[] = [];
  void (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) {
        ended = true;
        for (const wake of waiters) wake();
        return;
      }
      buffer += value;
      received = true;
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event: Sse = {};
        for (const line of block.split('\n')) {
          if (line.startsWith('id: ')) event.id = line.slice(4);
          else if (line.startsWith('event: ')) event.event = line.slice(7);
          else if (line.startsWith('data: ')) event.data = JSON.parse(line.slice(6));
        }
        if (event.event) events.push(event);
      }
      for (const wake of waiters) wake();
      waiters = [];
    }
  })();
  const until = async (done: () => boolean, timeoutMs: number, describe: () => string) => {
    const deadline = Date.now() + timeoutMs;
    while (!done()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(describe());
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, Math.min(left, 200));
      });
    }
  };
  return {
    events,
    /** Resolves once the first chunk arrived: the stream has subscribed and chosen its cursor. */
    started: () => until(() => received, 10_000, () => 'stream never started'),
    /** Waits until at least `count` events arrived (generous bound: this is not a timing test). */
    waitFor: async (count: number, timeoutMs = 10_000) => {
      await until(() => events.length >= count, timeoutMs, () => `expected ${count} events, got ${events.length}: ${JSON.stringify(events)}`);
      return events;
    },
    /** Waits until the server closed the stream. */
    waitForEnd: (timeoutMs = 10_000) => until(() => ended, timeoutMs, () => `the stream is still open after ${timeoutMs} ms: ${JSON.stringify(events)}`),
    isEnded: () => ended,
  };
}
