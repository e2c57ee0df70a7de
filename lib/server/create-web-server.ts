// The production web server: Node's `http` server, which answers the Meta webhook itself and
// hands every other request to Next. Meta delivers in bursts and retries (then disables) a
// webhook that answers slowly; Next's router costs more CPU per request than the whole intake
// (a GET refused with 403 by Next: 0.66 ms of CPU; the bare HMAC + INSERT path: 0.18 ms), so
// the hottest endpoint skips it. Everything else — pages, route handlers, proxy.ts — is Next's,
// exactly as under `next start` (docs/architecture.md "Processes").
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { isMetaWebhookUrl, serveMetaWebhook } from '../meta/webhooks/serve-meta-webhook';
import { securityHeaders } from '../security/security-headers';
import { DEFAULT_KEEP_ALIVE_TIMEOUT_MS } from './parse-web-server-options';

export type NextRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export type WebServer = {
  server: Server;
  /** Responses Next is still writing (the webhook's own are never long-lived), for a graceful stop. */
  inFlight: ReadonlySet<ServerResponse>;
  /** From now on every answer closes its connection (set by stopWebServer). */
  markStopping: () => void;
};

const HEADERS_TIMEOUT_MS = 30_000;

export function createWebServer(options: { handleNext: NextRequestHandler; log: Pick<Logger, 'error'>; keepAliveTimeoutMs?: number; production?: boolean }): WebServer {
  const { handleNext, log } = options;
  const webhookHeaders = Object.fromEntries(securityHeaders(options.production ?? true).map((header) => [header.key, header.value]));
  const inFlight = new Set<ServerResponse>();
  let stopping = false;

  const fail = (req: IncomingMessage, res: ServerResponse, error: unknown, message: string) => {
    log.error({ err: error, method: req.method, path: req.url?.split('?')[0] }, message);
    if (res.headersSent) return void res.destroy();
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8', connection: 'close' }).end('Internal Server Error');
  };

  const server = createServer((req, res) => {
    // While stopping, a request that arrived on a kept-alive connection is served, then the connection closes.
    if (stopping) res.setHeader('connection', 'close');
    if (isMetaWebhookUrl(req.url)) {
      serveMetaWebhook(req, res, webhookHeaders).catch((error: unknown) => fail(req, res, error, 'meta webhook request failed'));
      return;
    }
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    // As `next start` does: a handler that throws is a 500, never a crashed process.
    handleNext(req, res).catch((error: unknown) => fail(req, res, error, 'request failed in Next'));
  });
  // Longer than a load balancer's idle timeout by default (parse-web-server-options.ts).
  server.keepAliveTimeout = options.keepAliveTimeoutMs ?? DEFAULT_KEEP_ALIVE_TIMEOUT_MS;
  // Headers are a few KB: a client still sending them after 30 s is holding a socket, not slow.
  // requestTimeout (the whole request, body included) keeps Node's 300 s for large uploads.
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  return { server, inFlight, markStopping: () => void (stopping = true) };
}
