// A local stand-in for graph.facebook.com / graph.instagram.com: records every request and
// answers with whatever the test's responder returns. Start it, then point the META_* base URLs
// at it before any lib module reads env().
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export type RecordedRequest = { method: string; path: string; query: Record<string, string>; authorization: string | null; body: unknown };
export type FakeResponse = { status?: number; json?: unknown; bytes?: Buffer; contentType?: string };
export type Responder = (request: RecordedRequest) => FakeResponse | undefined;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Meta's success answers for the three send APIs and IG comment replies (ids numbered per responder). */
export function acceptMetaSends(): Responder {
  let n = 0;
  return (r) => {
    if (r.method !== 'POST') return undefined;
    n++;
    if (r.path.endsWith('/replies')) return { json: { id: `reply_${n}` } };
    if (r.path.startsWith('/graph/') && (r.body as { messaging_product?: string }).messaging_product === 'whatsapp') {
      return { json: { messaging_product: 'whatsapp', contacts: [{ input: '1', wa_id: '1' }], messages: [{ id: `wamid.${n}` }] } };
    }
    return { json: { recipient_id: 'r', message_id: `mid.${n}` } };
  };
}

export async function startFakeGraph() {
  const requests: RecordedRequest[] = [];
  let responder: Responder = () => undefined;
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams),
        authorization: req.headers.authorization ?? null, body: await readBody(req),
      };
      requests.push(recorded);
      const answer = responder(recorded) ?? { status: 404, json: { error: { message: `fake graph: no route for ${recorded.method} ${recorded.path}`, code: 803 } } };
      res.statusCode = answer.status ?? 200;
      if (answer.bytes) {
        res.setHeader('content-type', answer.contentType ?? 'application/octet-stream');
        res.setHeader('content-length', answer.bytes.length);
        res.end(answer.bytes);
      } else {
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(answer.json ?? {}));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    requests,
    respond(next: Responder) {
      responder = next;
    },
    reset() {
      requests.length = 0;
      responder = () => undefined;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
