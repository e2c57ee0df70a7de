// Attachments: POST /api/inbox/uploads (media policy: type → 400, size → 413), the signed URL Meta
// fetches (GET /api/media/outbound/[id]: valid, tampered, expired, missing → 403) and a media reply
// that stores MessageMedia on the same bytes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/inbox/uploads/route';
import { GET } from '@/app/api/media/outbound/[id]/route';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db';
import { outboundMediaUrl } from '@/lib/inbox/uploads/outbound-upload-content';
import { sendOperatorReply } from '@/lib/inbox/send-operator-reply';
import { sendReplySchema } from '@/lib/inbox/send-reply.schema';
import { signOutboundMedia } from '@/lib/media/outbound-media-signature';
import { createChannel, createConversation } from '../channel-factories';
import { contextFor, createWorkspaceWithOwner } from '../factories';

const cookies = new Map<string, string>();
const sameOrigin = new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000' });
let requestHeaders = sameOrigin;
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void cookies.set(name, value),
    delete: (name: string) => void cookies.delete(name),
  }),
  headers: async () => requestHeaders,
}));

const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-uploads-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let workspaceId: string;
let ownerId: string;
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.alloc(2048, 7)]);

beforeAll(async () => {
  const a = await createWorkspaceWithOwner({ name: 'Uploads' });
  workspaceId = a.workspace.id;
  ownerId = a.owner.id;
  const session = await db.session.create({ data: { userId: ownerId, currentWorkspaceId: workspaceId, expiresAt: new Date(Date.now() + 3600_000) } });
  cookies.set(SESSION_COOKIE, await signSessionToken({ sessionId: session.id, userId: ownerId }, sessionKeyring(), session.expiresAt));
});

const upload = (body: BodyInit, headers: Record<string, string>) =>
  POST(new Request('http://localhost:3000/api/inbox/uploads', { method: 'POST', body, headers, duplex: 'half' } as RequestInit));
const fetchOutbound = (id: string, query: string) => GET(new Request(`http://localhost:3000/api/media/outbound/${id}?${query}`), { params: Promise.resolve({ id }) });

describe('POST /api/inbox/uploads', () => {
  it('stores an allowed file and records an OutboundUpload', async () => {
    const response = await upload(png, { 'content-type': 'image/png', 'x-file-name': encodeURIComponent('photo ü.png') });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; kind: string; sizeBytes: number; fileName: string };
    expect(body).toMatchObject({ kind: 'image', sizeBytes: png.length, fileName: 'photo ü.png' });
    expect(await db.outboundUpload.findUniqueOrThrow({ where: { id: body.id } })).toMatchObject({ workspaceId, uploadedById: ownerId, mimeType: 'image/png', storageKey: `${workspaceId}/${body.id}` });
  });

  it('refuses an unsupported type with 400 and an oversized file with 413, storing nothing', async () => {
    const before = await db.outboundUpload.count({ where: { workspaceId } });
    const zip = await upload(Buffer.from('PK...'), { 'content-type': 'application/zip', 'x-file-name': 'a.zip' });
    expect(zip.status).toBe(400);
    expect(((await zip.json()) as { message: string }).message).toMatch(/application\/zip cannot be sent/);

    const big = Buffer.alloc(5 * 1024 * 1024 + 1);
    const tooBig = await upload(big, { 'content-type': 'image/jpeg', 'x-file-name': 'big.jpg' });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { message: string }).message).toMatch(/at most 5 MB/);

    // A stream without a length is cut off at the cap too.
    const stream = new ReadableStream<Uint8Array>({ start(c) { for (let i = 0; i < 6; i++) c.enqueue(new Uint8Array(1024 * 1024)); c.close(); } });
    expect((await upload(stream, { 'content-type': 'image/webp' })).status).toBe(413);
    expect(await db.outboundUpload.count({ where: { workspaceId } })).toBe(before);
  });

  it('takes the type from the bytes, not the Content-Type: a mismatch is refused with what the file really is', async () => {
    const before = await db.outboundUpload.count({ where: { workspaceId } });
    const html = await upload(Buffer.from('<!DOCTYPE html><script>fetch("/api/inbox/stream")</script>'), { 'content-type': 'image/png', 'x-file-name': 'cat.png' });
    expect(html.status).toBe(400);
    expect(((await html.json()) as { message: string }).message).toBe("This file was sent as a PNG image (image/png), but its contents are an HTML page. Check the file's extension, or choose another file.");
    const pdf = await upload(Buffer.from('%PDF-1.7\n1 0 obj'), { 'content-type': 'image/jpeg', 'x-file-name': 'scan.jpg' });
    expect(((await pdf.json()) as { message: string }).message).toMatch(/sent as a JPEG image \(image\/jpeg\), but its contents are a PDF document/);
    const text = await upload(png, { 'content-type': 'text/plain', 'x-file-name': 'notes.txt' });
    expect(((await text.json()) as { message: string }).message).toMatch(/sent as a text file \(text\/plain\), but its contents are a PNG image/);
    const junk = await upload(Buffer.from([0, 1, 2, 3, 4, 5]), { 'content-type': 'audio/ogg', 'x-file-name': 'voice.ogg' });
    expect(((await junk.json()) as { message: string }).message).toMatch(/sent as an OGG audio file \(audio\/ogg\), but its contents are not\. It may be damaged/);
    expect(await db.outboundUpload.count({ where: { workspaceId } })).toBe(before);
  });

  it('strips bidi overrides and other invisible controls from the file name', async () => {
    const response = await upload(png, { 'content-type': 'image/png', 'x-file-name': encodeURIComponent('invoice\u202Egnp.exe\u200F\u2066') });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; fileName: string };
    expect(body.fileName).toBe('invoicegnp.exe');
    expect((await db.outboundUpload.findUniqueOrThrow({ where: { id: body.id } })).fileName).toBe('invoicegnp.exe');
  });

  it('refuses a cross-site request and a signed-out one', async () => {
    requestHeaders = new Headers({ host: 'localhost:3000', origin: 'https://evil.example' });
    expect((await upload(png, { 'content-type': 'image/png' })).status).toBe(403);
    requestHeaders = sameOrigin;
    const saved = cookies.get(SESSION_COOKIE)!;
    cookies.clear();
    expect((await upload(png, { 'content-type': 'image/png' })).status).toBe(401);
    cookies.set(SESSION_COOKIE, saved);
  });
});

describe('GET /api/media/outbound/[id] (signed capability URL)', () => {
  it('serves the bytes for a valid signature and 403s a missing, tampered or expired one', async () => {
    const created = (await (await upload(png, { 'content-type': 'image/png', 'x-file-name': 'p.png' })).json()) as { id: string };
    const url = new URL(outboundMediaUrl(created.id));
    const ok = await fetchOutbound(created.id, url.searchParams.toString());
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await ok.arrayBuffer())).toEqual(png);

    const sig = url.searchParams.get('sig')!;
    const exp = url.searchParams.get('exp')!;
    expect((await fetchOutbound(created.id, '')).status).toBe(403);
    expect((await fetchOutbound(created.id, `exp=${exp}&sig=${sig.slice(0, -2)}xx`)).status).toBe(403);
    expect((await fetchOutbound(created.id, `exp=${Number(exp) + 3600}&sig=${sig}`)).status).toBe(403);
    const otherId = '0193a0b0-0000-7000-8000-0000000000ff';
    expect((await fetchOutbound(otherId, `exp=${exp}&sig=${sig}`)).status).toBe(403);
    const expired = signOutboundMedia({ uploadId: created.id, expiresAt: new Date(Date.now() - 1000), keyring: sessionKeyring() });
    const expiredResponse = await fetchOutbound(created.id, `exp=${expired.exp}&sig=${expired.sig}`);
    expect(expiredResponse.status).toBe(403);
    expect(((await expiredResponse.json()) as { message: string }).message).toMatch(/expired/);
  });
});

describe('sending an attachment', () => {
  it('queues a media message with the signed absolute URL and a stored MessageMedia on the same bytes', async () => {
    const created = (await (await upload(png, { 'content-type': 'image/png', 'x-file-name': 'receipt.png' })).json()) as { id: string };
    const channel = await createChannel(workspaceId, 'messenger');
    const { conversation } = await createConversation(channel, { lastInboundAt: new Date() });
    const ctx = await contextFor(ownerId, workspaceId);
    const { messageId } = await sendOperatorReply({ ctx, input: sendReplySchema.parse({ conversationId: conversation.id, clientId: crypto.randomUUID(), type: 'media', uploadId: created.id }) });
    const message = await db.message.findUniqueOrThrow({ where: { id: messageId }, include: { media: true } });
    expect(message).toMatchObject({ kind: 'image', text: 'receipt.png', status: 'queued' });
    const url = new URL((message.details as { content: { url: string } }).content.url);
    expect(url.pathname).toBe(`/api/media/outbound/${created.id}`);
    expect((await fetchOutbound(created.id, url.searchParams.toString())).status).toBe(200);
    expect(message.media).toEqual([expect.objectContaining({ kind: 'image', mimeType: 'image/png', status: 'stored', storageKey: `${workspaceId}/${created.id}`, fileName: 'receipt.png', sizeBytes: png.length })]);

    // Another workspace's upload id is simply not found.
    const other = await createWorkspaceWithOwner();
    const otherCtx = await contextFor(other.owner.id, other.workspace.id);
    const otherChannel = await createChannel(other.workspace.id, 'messenger');
    const { conversation: otherConversation } = await createConversation(otherChannel, { lastInboundAt: new Date() });
    await expect(sendOperatorReply({ ctx: otherCtx, input: sendReplySchema.parse({ conversationId: otherConversation.id, clientId: crypto.randomUUID(), type: 'media', uploadId: created.id }) }))
      .rejects.toMatchObject({ code: 'not_found' });
  });
});
