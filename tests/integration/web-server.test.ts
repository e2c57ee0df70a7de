// The production web server (lib/server/create-web-server.ts, run by `npm start`): the Meta
// webhook is answered before Next — signature, size limit, handshake and methods exactly like the
// Pages route, stored exactly once, 200 only after commit — and every other request reaches Next
// (a stand-in handler here; tests/e2e/production-server.spec.ts runs the real entry on the build).
// Then the graceful stop: in-flight requests finish, live streams are closed, the rest is cut
// only after the grace period, and the in-process workers stop after the requests.
import { request as httpRequest, Agent, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_VERIFY_TOKEN = 'test-verify-token-123';
  process.env.META_WEBHOOK_MAX_BYTES = String(64 * 1024);
});

import { db } from '@/lib/db';
import { startInProcessWorkers } from '@/lib/jobs/start-in-process-workers';
import { createWebServer } from '@/lib/server/create-web-server';
import { claimShutdown, pendingShutdownTasks, runShutdownTasks } from '@/lib/server/shutdown-tasks';
import { stopWebServer } from '@/lib/server/stop-web-server';
import { createFixtureChannels, fixtureIds, sign, TEST_VERIFY_TOKEN } from '../support/meta-webhooks';
import { igDm, jobsForEvent, storedBytes } from '../support/webhook-intake';

type Answer = { status: number; headers: IncomingMessage['headers']; body: string };
type NextCall = { method: string; url: string };

const errors: unknown[] = [];
const log = { error: (...args: unknown[]) => void errors.push(args) };

/** A server with a stand-in for Next that records what reached it; `next` decides how it answers. */
async function startServer(next: (req: IncomingMessage, res: ServerResponse) => Promise<void> = async (_req, res) => void res.end('from next')) {
  const calls: NextCall[] = [];
  const web = createWebServer({
    handleNext: (req, res) => {
      calls.push({ method: req.method!, url: req.url! });
      return next(req, res);
    },
    log,
    keepAliveTimeoutMs: 10_000,
  });
  await new Promise<void>((resolve) => web.server.listen(0, '127.0.0.1', resolve));
  return { web, calls, port: (web.server.address() as AddressInfo).port };
}

function send(port: number, options: { method?: string; path: string; headers?: Record<string, string | number>; body?: string | Buffer; agent?: Agent; chunks?: Buffer[] }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers, agent: options.agent ?? false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.chunks) {
      for (const chunk of options.chunks) req.write(chunk);
      req.end();
    } else req.end(options.body);
  });
}

const signedPost = (port: number, body: string, signature = sign(body), headers: Record<string, string> = {}) =>
  send(port, { method: 'POST', path: '/api/webhooks/meta', body, headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature, ...headers } });

const rowCounts = async () => ({ deliveries: await db.webhookDelivery.count(), events: await db.webhookEvent.count() });

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  await createFixtureChannels();
  server = await startServer();
});
afterAll(async () => {
  await stopWebServer(server.web, { graceMs: 1_000 });
});

describe('the Meta webhook, answered before Next', () => {
  it('stores a signed delivery exactly once — raw bytes, one event, one job — and answers 200 after commit', async () => {
    const mid = `mid.web-server.${Date.now()}`;
    // Byte-exact storage: spacing and escapes a JSON round trip would change.
    const body = igDm({ mid, text: 'Caf\\u00e9  —  spaced' }).replace('{"object"', '{ "object"');
    const answer = await signedPost(server.port, body);
    expect(answer).toMatchObject({ status: 200, body: 'EVENT_RECEIVED' });
    expect(answer.headers['content-length']).toBe('14');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');

    const events = await db.webhookEvent.findMany({ where: { payload: { path: ['messaging', '0', 'message', 'mid'], equals: mid } }, include: { delivery: true } });
    expect(events).toHaveLength(1);
    expect(storedBytes(events[0]!.delivery.rawBody).equals(Buffer.from(body))).toBe(true);
    expect(events[0]).toMatchObject({ status: 'queued', routingKey: fixtureIds.igAccount });
    expect(await jobsForEvent(events[0]!.id)).toBe(1);
    expect(server.calls).toEqual([]);
  });

  it('refuses a bad or missing signature with 401 and stores nothing', async () => {
    const before = await rowCounts();
    const body = igDm({ mid: `mid.unsigned.${Date.now()}`, text: 'forged' });
    expect((await signedPost(server.port, body, sign(`${body} `))).status).toBe(401);
    expect((await signedPost(server.port, body, sign(body, 'another_secret_0123456789abcdef'))).status).toBe(401);
    expect((await send(server.port, { method: 'POST', path: '/api/webhooks/meta', body })).status).toBe(401);
    expect(await rowCounts()).toEqual(before);
    expect(server.calls).toEqual([]);
  });

  it('refuses an oversize body with 413 — declared or streamed without a length — and closes the connection', async () => {
    const before = await rowCounts();
    const big = 'x'.repeat(64 * 1024 + 1);
    const declared = await signedPost(server.port, big);
    expect(declared.status).toBe(413);
    expect(declared.headers.connection).toBe('close');
    const streamed = await send(server.port, {
      method: 'POST',
      path: '/api/webhooks/meta',
      headers: { 'transfer-encoding': 'chunked', 'x-hub-signature-256': sign(big) },
      chunks: [Buffer.from(big.slice(0, 40_000)), Buffer.from(big.slice(40_000))],
    });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body)).toMatchObject({ error: 'payload_too_large' });
    expect(await rowCounts()).toEqual(before);
  });

  it('answers the GET handshake with the bare challenge, and 403 for a wrong token', async () => {
    const ok = await send(server.port, { path: `/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=1158201444` });
    expect(ok).toMatchObject({ status: 200, body: '1158201444' });
    expect(ok.headers['content-type']).toContain('text/plain');
    expect((await send(server.port, { path: '/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1' })).status).toBe(403);
    expect((await send(server.port, { path: '/api/webhooks/meta' })).status).toBe(403);
    expect(server.calls).toEqual([]);
  });

  it('answers other methods 405 with Allow, like the Pages route', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS']) {
      const answer = await send(server.port, { method, path: '/api/webhooks/meta' });
      expect(answer.status, method).toBe(405);
      expect(answer.headers.allow).toBe('GET, POST');
    }
    expect(server.calls).toEqual([]);
  });
});

describe('everything else is Next’s', () => {
  it('hands pages, other routes and other spellings of the webhook path to Next', async () => {
    const paths = ['/', '/api/health', '/pricing?plan=growth', '/api/webhooks/meta/', '/api/webhooks/metadata', '/api/webhooks/meta/deauthorize', '/api/webhooks/meta/data-deletion', '/api/webhooks/stripe', '/API/webhooks/meta'];
    for (const path of paths) expect((await send(server.port, { path })).body, path).toBe('from next');
    const post = await send(server.port, { method: 'POST', path: '/api/webhooks/calcom', body: '{}' });
    expect(post.body).toBe('from next');
    expect(server.calls.map((call) => call.url)).toEqual([...paths, '/api/webhooks/calcom']);
  });

  it('turns a failing Next handler into a 500 and goes on serving', async () => {
    const failing = await startServer(async () => {
      throw new Error('render failed');
    });
    try {
      errors.length = 0;
      const answer = await send(failing.port, { path: '/inbox' });
      expect(answer.status).toBe(500);
      expect(errors).toHaveLength(1);
      expect((await send(failing.port, { path: `/api/webhooks/meta?hub.mode=subscribe&hub.verify_token=${TEST_VERIFY_TOKEN}&hub.challenge=7` })).body).toBe('7');
    } finally {
      await stopWebServer(failing.web, { graceMs: 1_000 });
    }
  });
});

describe('graceful stop', () => {
  /** A Next stand-in with a slow page (answered on release) and a never-ending event stream. */
  async function serverWithSlowRoutes() {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    const s = await startServer(async (req, res) => {
      if (req.url === '/slow') {
        await released;
        res.end('slow answer');
      } else if (req.url === '/stream') {
        // As Next writes a route handler's Response (server/send-response.js: appendHeader).
        res.appendHeader('content-type', 'text/event-stream; charset=utf-8');
        res.write(': connected\n\n');
      } else res.end('from next');
    });
    return { ...s, release };
  }

  const streamUntilClosed = (port: number) =>
    new Promise<{ closed: Promise<void> }>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/stream', agent: false }, (res) => {
        res.once('data', () => resolve({ closed: new Promise((done) => res.once('close', () => done())) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('finishes requests in flight, closes live streams at once and refuses new connections', async () => {
    const s = await serverWithSlowRoutes();
    const stream = await streamUntilClosed(s.port);
    const slow = send(s.port, { path: '/slow' });
    const keepAlive = new Agent({ keepAlive: true });
    await send(s.port, { path: '/idle', agent: keepAlive }); // leaves an idle keep-alive connection
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.web.inFlight.size).toBe(2);

    const stopped = stopWebServer(s.web, { graceMs: 10_000 });
    await stream.closed; // the stream did not wait for the grace period
    await expect(send(s.port, { path: '/' })).rejects.toThrow(/ECONNREFUSED/);
    s.release();
    expect(await slow).toMatchObject({ status: 200, body: 'slow answer' });
    expect(await stopped).toEqual({ forced: false });
    keepAlive.destroy();
  });

  it('finishes a webhook still uploading when the stop begins: 200 once it is stored', async () => {
    const s = await startServer();
    const mid = `mid.during-stop.${Date.now()}`;
    const body = igDm({ mid, text: 'sent while the server stops' });
    // Mid-body when the stop begins: the request is in flight, not an idle connection.
    const bytes = Buffer.from(body);
    let sendRest = () => {};
    const rest = new Promise<void>((resolve) => (sendRest = resolve));
    const answer = new Promise<Answer>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: s.port, method: 'POST', path: '/api/webhooks/meta', agent: false, headers: { 'content-type': 'application/json', 'content-length': bytes.length, 'x-hub-signature-256': sign(bytes) } },
        (res) => {
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.write(bytes.subarray(0, 20));
      void rest.then(() => req.end(bytes.subarray(20)));
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const stopped = stopWebServer(s.web, { graceMs: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    sendRest();
    expect((await answer).status).toBe(200);
    expect(await stopped).toEqual({ forced: false });
    expect(await db.webhookEvent.count({ where: { payload: { path: ['messaging', '0', 'message', 'mid'], equals: mid } } })).toBe(1);
  });

  it('cuts what is left once the grace period is over', async () => {
    const s = await serverWithSlowRoutes();
    const slow = send(s.port, { path: '/slow' }).catch((error: Error) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stopWebServer(s.web, { graceMs: 200 })).toEqual({ forced: true });
    expect(await slow).toBeInstanceOf(Error);
    s.release();
  });

  it('stops in-process workers after the requests, not on the signal, once the server claimed shutdown', async () => {
    const signalListeners = process.listenerCount('SIGTERM');
    claimShutdown();
    startInProcessWorkers(60_000);
    await vi.waitFor(() => expect(pendingShutdownTasks()).toEqual(['in-process job workers']), { timeout: 20_000 });
    expect(process.listenerCount('SIGTERM')).toBe(signalListeners);
    expect(await runShutdownTasks()).toEqual([]);
    expect(pendingShutdownTasks()).toEqual([]);
  });
});
