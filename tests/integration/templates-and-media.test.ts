// WhatsApp template sync (paging, upsert, delete), media download into storage (WA media id via
// Graph, type allow-list, IG story never copied) and the authorised media read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { downloadMediaJob } from '@/lib/jobs/definitions/download-media';
import { syncWhatsAppTemplatesJob } from '@/lib/jobs/definitions/sync-whatsapp-templates';
import { logger } from '@/lib/logger';
import { openMediaFile } from '@/lib/media/open-media-file';
import { getStorage } from '@/lib/storage/storage';
import { listApprovedTemplates } from '@/lib/templates/list-approved-templates';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';
import { startFakeGraph } from '../fake-graph-server';

const graph = await startFakeGraph();
const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-storage-'));
process.env.META_GRAPH_BASE_URL = `${graph.url}/graph`;
process.env.META_INSTAGRAM_GRAPH_BASE_URL = `${graph.url}/ig`;
process.env.STORAGE_DIR = storageDir;
// Media URLs point at the local fake CDN, which the SSRF guard only reaches when allowlisted.
process.env.SAFE_FETCH_ALLOWLIST = `${graph.url}/cdn/`;

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
});
afterAll(async () => {
  await graph.close();
  rmSync(storageDir, { recursive: true, force: true });
});
beforeEach(() => graph.reset());

const jobContext = (attempt = 1) => ({ jobId: 'test', attempt, log: logger });

describe('sync-whatsapp-templates', () => {
  it('follows paging.next, upserts what Meta has and deletes what it no longer has', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp', { token: 'wa-token' });
    await db.messageTemplate.create({ data: { workspaceId, channelId: channel.id, name: 'gone_template', language: 'en_US', status: 'APPROVED', components: [] } });
    await db.messageTemplate.create({ data: { workspaceId, channelId: channel.id, name: 'order_update', language: 'en_US', status: 'PENDING', components: [] } });
    const pathname = `/graph/${channel.wabaId}/message_templates`;
    graph.respond((r) => {
      if (r.path !== pathname) return undefined;
      if (r.query.after === 'CURSOR2') return { json: { data: [{ id: 't3', name: 'welcome', language: 'es', status: 'REJECTED', category: 'MARKETING', components: [{ type: 'BODY', text: 'Hola' }] }], paging: {} } };
      return {
        json: {
          data: [
            { id: 't1', name: 'order_update', language: 'en_US', status: 'APPROVED', category: 'UTILITY', components: [{ type: 'BODY', text: 'Hi {{1}}, order {{2}} shipped.' }] },
            { id: 't2', name: 'welcome', language: 'en_US', status: 'APPROVED', category: 'MARKETING', components: [{ type: 'BODY', text: 'Welcome!' }] },
          ],
          paging: { cursors: { after: 'CURSOR2' }, next: `${graph.url}${pathname}?limit=100&after=CURSOR2&access_token=leaky` },
        },
      };
    });
    await syncWhatsAppTemplatesJob.handler({ channelId: channel.id }, jobContext());

    expect(graph.requests.map((r) => [r.path, r.query.after ?? null, r.authorization, r.query.access_token ?? null])).toEqual([
      [pathname, null, 'Bearer wa-token', null],
      [pathname, 'CURSOR2', 'Bearer wa-token', null],
    ]);
    const rows = await db.messageTemplate.findMany({ where: { channelId: channel.id }, orderBy: [{ name: 'asc' }, { language: 'asc' }] });
    expect(rows.map((r) => [r.name, r.language, r.status, r.category, r.externalId])).toEqual([
      ['order_update', 'en_US', 'APPROVED', 'UTILITY', 't1'],
      ['welcome', 'en_US', 'APPROVED', 'MARKETING', 't2'],
      ['welcome', 'es', 'REJECTED', 'MARKETING', 't3'],
    ]);

    const approved = await listApprovedTemplates({ ctx, channelId: channel.id });
    expect(approved.map((t) => [t.name, t.language, t.variableCount])).toEqual([
      ['order_update', 'en_US', 2],
      ['welcome', 'en_US', 0],
    ]);
    await expect(listApprovedTemplates({ ctx: otherCtx, channelId: channel.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses to follow paging to another host (the token would leave Meta)', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    graph.respond(() => ({ json: { data: [], paging: { next: 'https://evil.example/next?after=x' } } }));
    await expect(syncWhatsAppTemplatesJob.handler({ channelId: channel.id }, jobContext())).rejects.toThrow(/Refusing to follow/);
  });
});

async function createMedia(channel: { id: string; workspaceId: string }, data: { externalMediaId?: string; sourceUrl?: string; mimeType?: string; status?: 'pending' | 'remote_only' }) {
  const { conversation } = await createConversation(channel);
  const message = await createInboundMessage({ channel, conversationId: conversation.id, kind: 'image' });
  return db.messageMedia.create({ data: { workspaceId: channel.workspaceId, messageId: message.id, kind: 'image', status: data.status ?? 'pending', ...data } });
}

describe('download-media', () => {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('fake jpeg body')]);

  it('WhatsApp media id: GET /{id} then the URL with the Bearer token; stored and served to members only', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp', { token: 'wa-token' });
    const media = await createMedia(channel, { externalMediaId: '1037543291543636', mimeType: 'image/jpeg' });
    graph.respond((r) => {
      if (r.path === '/graph/1037543291543636') return { json: { url: `${graph.url}/cdn/wa/1037543291543636?ext=1`, mime_type: 'image/jpeg', file_size: jpeg.length, id: '1037543291543636', messaging_product: 'whatsapp' } };
      // A plain GET without the token gets nothing (meta-platform.md §c).
      if (r.path === '/cdn/wa/1037543291543636') return r.authorization === 'Bearer wa-token' ? { bytes: jpeg, contentType: 'image/jpeg' } : { status: 401, json: {} };
      return undefined;
    });
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());

    const stored = await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } });
    expect(stored).toMatchObject({ status: 'stored', mimeType: 'image/jpeg', sizeBytes: jpeg.length, storageKey: `${workspaceId}/${media.id}` });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(graph.requests[0]!.query).toEqual({ phone_number_id: channel.phoneNumberId });
    const bytes = Buffer.concat(await (await getStorage().get(stored.storageKey!)).toArray());
    expect(bytes.equals(jpeg)).toBe(true);

    // Running again is a no-op.
    graph.reset();
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    expect(graph.requests).toHaveLength(0);

    const file = await openMediaFile({ ctx, mediaId: media.id });
    expect(file.status).toBe(200);
    expect(file.headers).toMatchObject({ 'content-type': 'image/jpeg', 'x-content-type-options': 'nosniff', 'cache-control': 'private, max-age=3600', 'content-length': String(jpeg.length) });
    expect(file.headers['content-disposition']).toMatch(/^inline;/);
    expect(Buffer.from(await new Response(file.body).arrayBuffer()).equals(jpeg)).toBe(true);

    const part = await openMediaFile({ ctx, mediaId: media.id, rangeHeader: 'bytes=0-3' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-3/${jpeg.length}`);
    expect(Buffer.from(await new Response(part.body).arrayBuffer())).toEqual(jpeg.subarray(0, 4));

    await expect(openMediaFile({ ctx: otherCtx, mediaId: media.id })).rejects.toMatchObject({ code: 'not_found' });
    await expect(openMediaFile({ ctx, mediaId: '../../etc/passwd' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a disallowed type fails with the reason and is not stored', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const media = await createMedia(channel, { externalMediaId: '555', mimeType: 'text/html' });
    graph.respond((r) => (r.path === '/graph/555' ? { json: { url: `${graph.url}/cdn/555`, mime_type: 'text/html', file_size: 10 } } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    const row = await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } });
    expect(row).toMatchObject({ status: 'failed', storageKey: null });
    expect(row.error).toMatch(/text\/html is not accepted/);
    expect(graph.requests.map((r) => r.path)).toEqual(['/graph/555']);
  });

  it('an image over 5 MB (declared by Graph) fails before downloading', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const media = await createMedia(channel, { externalMediaId: '556' });
    graph.respond((r) => (r.path === '/graph/556' ? { json: { url: `${graph.url}/cdn/556`, mime_type: 'image/png', file_size: 6 * 1024 * 1024 } } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    expect((await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).error).toMatch(/at most 5242880 bytes/);
  });

  it('IG/Messenger CDN URLs are fetched without the token; IG story media is never downloaded', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const media = await createMedia(channel, { sourceUrl: `${graph.url}/cdn/fb/photo.png` });
    const story = await createMedia(channel, { sourceUrl: `${graph.url}/cdn/story.jpg`, status: 'remote_only' });
    graph.respond((r) => (r.path === '/cdn/fb/photo.png' ? { bytes: Buffer.from('png-bytes'), contentType: 'image/png' } : undefined));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    await downloadMediaJob.handler({ mediaId: story.id }, jobContext());
    expect(graph.requests.map((r) => [r.path, r.authorization])).toEqual([['/cdn/fb/photo.png', null]]);
    expect(await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ status: 'stored', mimeType: 'image/png', sizeBytes: 9 });
    expect((await db.messageMedia.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('remote_only');
    await expect(openMediaFile({ ctx, mediaId: story.id })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('a Graph outage is retried (throws) until the final attempt, which marks it failed', async () => {
    const channel = await createChannel(workspaceId, 'whatsapp');
    const media = await createMedia(channel, { externalMediaId: '557' });
    graph.respond(() => ({ status: 503, json: { error: { message: 'Service unavailable', code: 2 } } }));
    await expect(downloadMediaJob.handler({ mediaId: media.id }, jobContext(1))).rejects.toThrow(/Service unavailable/);
    expect((await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).status).toBe('pending');
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext(downloadMediaJob.retry.limit + 1));
    expect((await db.messageMedia.findUniqueOrThrow({ where: { id: media.id } })).status).toBe('failed');
  });

  it('documents are served as attachments', async () => {
    const channel = await createChannel(workspaceId, 'messenger');
    const media = await createMedia(channel, { sourceUrl: `${graph.url}/cdn/doc.pdf` });
    graph.respond(() => ({ bytes: Buffer.from('%PDF-1.4'), contentType: 'application/pdf' }));
    await downloadMediaJob.handler({ mediaId: media.id }, jobContext());
    const file = await openMediaFile({ ctx, mediaId: media.id });
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(await new Response(file.body).text()).toBe('%PDF-1.4');
  });
});
