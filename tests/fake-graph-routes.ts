// A route-table stand-in for Meta's Graph endpoints used by the connect-flow tests (tests/fake-graph-server.ts is the
// responder-function variant used by the send tests), on 127.0.0.1:0.
// Tests point the META_* base URLs at it before importing lib/ (env() is cached per file).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = { method: string; path: string; query: Record<string, string>; body: string; authorization: string | null };
type Reply = { status?: number; json: unknown };
type Route = { method: string; path: RegExp; reply: (request: RecordedRequest) => Reply };

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeGraphServer() {
  const requests: RecordedRequest[] = [];
  const routes: Route[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: await readBody(req),
      authorization: req.headers.authorization ?? null,
    };
    requests.push(recorded);
    // Last registered wins, so a test can override a default.
    const route = [...routes].reverse().find((r) => r.method === recorded.method && r.path.test(recorded.path));
    const reply = route ? route.reply(recorded) : { json: { success: true } };
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.json));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    on(method: string, path: RegExp, reply: (request: RecordedRequest) => Reply) {
      routes.push({ method, path, reply });
    },
    find(method: string, path: string | RegExp) {
      return requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Sets the META_* variables for a fake server at `base`; call before importing lib/. */
export function pointMetaAt(base: string) {
  Object.assign(process.env, {
    META_APP_ID: '1234567890',
    META_APP_SECRET: 'test_app_secret_0123456789abcdef',
    META_GRAPH_BASE_URL: `${base}/graph`,
    META_INSTAGRAM_GRAPH_BASE_URL: `${base}/ig-graph`,
    META_INSTAGRAM_API_BASE_URL: `${base}/ig-api`,
    META_FACEBOOK_DIALOG_URL: `${base}/dialog/facebook`,
    META_INSTAGRAM_DIALOG_URL: `${base}/dialog/instagram`,
    APP_URL: 'http://localhost:3999',
  });
}
