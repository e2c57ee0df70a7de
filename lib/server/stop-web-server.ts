// A graceful stop for the production web server (SIGTERM from an orchestrator or a deploy):
// no new connections; requests in flight finish (a webhook is answered only after its commit,
// so cutting it would make Meta redeliver it); idle keep-alive connections close at once and
// busy ones as soon as their answer is sent. Live inbox streams (Server-Sent Events) are not
// work in flight but subscriptions that never end by themselves: they are closed right away,
// and the browser's EventSource reconnects — to another process — resuming from Last-Event-ID.
// Past `graceMs` whatever is left is cut, so the process is gone before the orchestrator's own
// deadline (30 s on Kubernetes and Heroku) kills it mid-cleanup.
import type { ServerResponse } from 'node:http';
import type { WebServer } from './create-web-server';

export const SHUTDOWN_GRACE_MS = 25_000;
const SWEEP_MS = 100;

const isEventStream = (res: ServerResponse) => String(res.getHeader('content-type') ?? '').startsWith('text/event-stream');

/** Resolves once every connection is closed; `forced` when the grace period ran out first. */
export async function stopWebServer(web: WebServer, options: { graceMs?: number } = {}): Promise<{ forced: boolean }> {
  const { server, inFlight } = web;
  web.markStopping();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const sweep = () => {
    for (const res of inFlight) if (isEventStream(res)) res.destroy();
    server.closeIdleConnections();
  };
  sweep();
  const sweeper = setInterval(sweep, SWEEP_MS);
  let forced = false;
  const deadline = setTimeout(() => {
    forced = true;
    server.closeAllConnections();
  }, options.graceMs ?? SHUTDOWN_GRACE_MS);
  try {
    await closed;
  } finally {
    clearInterval(sweeper);
    clearTimeout(deadline);
  }
  return { forced };
}
