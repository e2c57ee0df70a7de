// SSRF through webhook media URLs (issue 12, item 3): each bypass an outside attacker used is
// replayed against real local servers. An "internal" server holds /secret.txt and is never
// allowlisted; the fake Graph/CDN host and a second CDN host stand in for the outside world via
// SAFE_FETCH_ALLOWLIST prefixes (the same mechanism the Meta simulator uses), so a redirect from
// them to the internal server is a real "external → internal" hop.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { downloadMediaJob } from '@/lib/jobs/definitions/download-media';
import { logger } from '@/lib/logger';
import { openMediaFile } from '@/lib/media/open-media-file';
import { getStorage } from '@/lib/storage/storage';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';
import { startFakeGraph } from '../fake-graph-server';

type Seen = { path: string; authorization: string | null };

async function startServer(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization ?? null });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { port, url: `http://127.0.0.1:${port}`, seen, close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}

const secret = 'db_password=hunter2';
const internal = await startServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end(secret);
});
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a real photo')]);
const otherCdn = await startServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': jpeg.length });
  res.end(jpeg);
});
let endlessBytesSent = 0;
let endlessClosed = false;
// Streams a "JPEG" forever with no Content-Length, like a hostile CDN; counts what it got out.
const endless = await startServer((req, res) => {
  res.writeHead(200, { 'content-type': 'image/jpeg' });
  const chunk = Buffer.alloc(64 * 1024, 0xab);
  const pump = () => {
    while (!res.destroyed && res.write(chunk)) endlessBytesSent += chunk.length;
    if (!res.destroyed) res.once('drain', pump);
  };
  res.on('close', () => (endlessClosed = true));
  req.resume();
  pump();
});
// An outside host that redirects to the internal server.
const hop = await startServer((_req, res) => {
  res.writeHead(302, { location: `http://127.0.0.1:${internal.port}/secret.txt` });
  res.end();
});
// An outside host that redirects forever.
const loop = await startServer((req, res) => {
  const n = Number(/\d+/.exec(req.url ?? '')?.[0] ?? 0);
  res.writeHead(302, { location: `/hop${n + 1}` });
  res.end();
});
// WhatsApp's media host, moving the file to another host.
const lookaside = await startServer((_req, res) => {
  res.writeHead(302, { location: `${otherCdn.url}/moved/photo.jpg` });
  res.end();
});
const graph = await startFakeGraph();
const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-ssrf-'));
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
process.env.META_INSTAGRAM_GRAPH_BASE_URL = `${graph.url}/ig`;
process.env.STORAGE_DIR = storageDir;
// The "outside world": the fake Graph/CDN host and the other stand-ins. Never the internal server.
process.env.SAFE_FETCH_ALLOWLIST = [graph, otherCdn, endless, hop, loop, lookaside].map((server) => `${server.url}/`).join(',');

let ctx: WorkspaceContext;
let workspaceId: string;
const jobContext = (attempt = 1) => ({ jobId: 'test', attempt, log: logger });

beforeAll(async () => {
  ({ workspaceId, ctx } = await twoWorkspaceContexts());
});
afterAll(async () => {
  await Promise.all([graph.close(), internal.close(), otherCdn.close(), endless.close(), hop.close(), loop.close(), lookaside.close()]);
  rmSync(storageDir, { recursive: true, force: true });
});
beforeEach(() => {
  graph.reset();
  for (const server of [internal, otherCdn, hop, loop, lookaside]) server.seen.length = 0;
});

async function createMedia(channel: { id: string; workspaceId: string }, data: { externalMediaId?: string; sourceUrl?: string; mimeType?: string }) {
  const { conversation } = await createConversation(channel);
  const message = await createInboundMessage({ channel, conversationId: conversation.id, kind: 'document' as 'image' });
  return db.messageMedia.create({ data: { workspaceId: channel.workspaceId, messageId: message.id, kind: 'document', status: 'pending', ...data } });
}

/** The media ended failed with a reason, nothing is in storage, and /api/media/[id] serves nothing. */
async function expectRefused(mediaId: string, reason: RegExp) {
  const row = await db.messageMedia.findUniqueOrThrow({ where: { id: mediaId } });
  expect(row).toMatchObject({ status: 'failed', storageKey: null, sizeBytes: null });
  expect(row.error).toMatch(reason);
  expect(await getStorage().stat(`${workspaceId}/${mediaId}`)).toBeNull();
  await expect(openMediaFile({ ctx, mediaId })).rejects.toMatchObject({ code: 'not_found' });
}

const internalAddress = /private or internal network address/;

describe('IG/Messenger CDN URLs from webhooks', () => {
  it.each([
    ['127.0.0.1', () => `http://127.0.0.1:${internal.port}/secret.txt`],
    ['localhost (resolved, not pattern-matched)', () => `http://localhost:${internal.port}/secret.txt`],
    ['decimal IPv4 2130706433', () => `http://2130706433:${internal.port}/secret.txt`],
    ['hex IPv4 0x7f.1', () => `http://0x7f.1:${internal.port}/secret.txt`],
    ['octal IPv4 017700000001', () => `http://017700000001:${internal.port}/secret.txt`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${internal.port}/secret.txt`],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/iam/security-credentials/'],
  ])('refuses %s: never requested, never stored, never served', async (_name, url) => {
    const channel = await createChannel(workspaceId, 'messenger');
    const media = await createMedia(channel, { sourceUrl: url() });
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await expectRefused(media.id, internalAddress);
    expect(internal.seen).toEqual([]);
  });

  it('refuses a 302 from an outside host to an internal one, without requesting the internal one', async () => {
    const channel = await createChannel(workspaceId, 'instagram');
    const media = await createMedia(channel, { sourceUrl: `${hop.url}/photo.jpg` });
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await expectRefused(media.id, internalAddress);
    expect(hop.seen.map((s) => s.path)).toEqual(['/photo.jpg']);
    expect(internal.seen).toEqual([]);
  });

  it('stops after 3 redirects', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const media = await createMedia(channel, { sourceUrl: `${loop.url}/hop0` });
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await expectRefused(media.id, /redirected more than 3 times/);
    expect(loop.seen.map((s) => s.path)).toEqual(['/hop0', '/hop1', '/hop2', '/hop3']);
  });

  it('still downloads from an allowed host', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const media = await createMedia(channel, { sourceUrl: `${otherCdn.url}/photo.jpg` });
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    expect(await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ status: 'stored', mimeType: 'image/jpeg', sizeBytes: jpeg.length });
  });
});

describe('WhatsApp media URLs returned by Graph', () => {
  it('refuses an internal URL even though Graph handed it over with the token', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp', { token: 'wa-secret-token' });
    const media = await createMedia(channel, { externalMediaId: '9001', mimeType: 'text/plain' });
    graph.respond((r) => (r.path === '/graph/9001' ? { json: { url: `http://2130706433:${internal.port}/secret.txt`, mime_type: 'text/plain', file_size: secret.length } } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await expectRefused(media.id, internalAddress);
    expect(internal.seen).toEqual([]);
  });

  it('never forwards the Bearer token across a redirect to another host', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp', { token: 'wa-secret-token' });
    const media = await createMedia(channel, { externalMediaId: '9002', mimeType: 'image/jpeg' });
    graph.respond((r) => (r.path === '/graph/9002' ? { json: { url: `${lookaside.url}/wa/9002`, mime_type: 'image/jpeg', file_size: jpeg.length } } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    expect(lookaside.seen).toEqual([{ path: '/wa/9002', authorization: 'Bearer wa-secret-token' }]);
    expect(otherCdn.seen).toEqual([{ path: '/moved/photo.jpg', authorization: null }]);
    expect(await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ status: 'stored', sizeBytes: jpeg.length });
  });

  it('stops reading a body with no Content-Length at the size cap instead of buffering it', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const media = await createMedia(channel, { externalMediaId: '9003', mimeType: 'image/jpeg' });
    // Graph gives no size, and the CDN sends no Content-Length and never ends.
    graph.respond((r) => (r.path === '/graph/9003' ? { json: { url: `${endless.url}/wa/9003`, mime_type: 'image/jpeg' } } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await expectRefused(media.id, /over the 5242880-byte limit/);
    await expect.poll(() => endlessClosed).toBe(true);
    // The 5 MB image cap plus what sat in socket buffers: nowhere near "everything it would send".
    expect(endlessBytesSent).toBeLessThan(5 * 1024 * 1024 + 16 * 1024 * 1024);
  });
});
