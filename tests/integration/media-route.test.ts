// GET /api/media/[id] through the real route handler with a signed session cookie: a member of
// the media's workspace gets the bytes, a member of another workspace gets 404.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/media/[id]/route';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db';
import { getStorage, mediaStorageKey } from '@/lib/storage/storage';
import { createChannel, createConversation, createInboundMessage } from '../channel-factories';
import { addMember, createWorkspaceWithOwner } from '../factories';

const cookies = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void cookies.set(name, value),
    delete: (name: string) => void cookies.delete(name),
  }),
  headers: async () => new Headers({ host: 'localhost:3000' }),
}));

const storageDir = mkdtempSync(path.join(tmpdir(), 'relaydesk-media-route-'));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

let mediaId: string;
let agentA: string;
let ownerB: string;
let workspaceA: string;
let workspaceB: string;
const audio = Buffer.from('OggS fake opus voice note');

beforeAll(async () => {
  const a = await createWorkspaceWithOwner({ name: 'A' });
  const b = await createWorkspaceWithOwner({ name: 'B' });
  workspaceA = a.workspace.id;
  workspaceB = b.workspace.id;
  agentA = (await addMember(workspaceA, 'agent')).id;
  ownerB = b.owner.id;
  const channel = await createChannel(workspaceA, 'whatsapp');
  const { conversation } = await createConversation(channel);
  const message = await createInboundMessage({ channel, conversationId: conversation.id, kind: 'audio' });
  const media = await db.messageMedia.create({ data: { workspaceId: workspaceA, messageId: message.id, kind: 'audio', status: 'pending' } });
  const storageKey = mediaStorageKey(workspaceA, media.id);
  await getStorage().put(storageKey, audio, { contentType: 'audio/ogg' });
  await db.messageMedia.update({ where: { id: media.id }, data: { status: 'stored', storageKey, mimeType: 'audio/ogg', sizeBytes: audio.length } });
  mediaId = media.id;
});

async function signIn(userId: string, workspaceId: string) {
  const session = await db.session.create({ data: { userId, currentWorkspaceId: workspaceId, expiresAt: new Date(Date.now() + 3600_000) } });
  cookies.set(SESSION_COOKIE, await signSessionToken({ sessionId: session.id, userId }, sessionKeyring(), session.expiresAt));
}

const get = (id: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://localhost:3000/api/media/${id}`, { headers }), { params: Promise.resolve({ id }) });

describe('GET /api/media/[id]', () => {
  it('signed out → 401', async () => {
    cookies.clear();
    expect((await get(mediaId)).status).toBe(401);
  });

  it('a member (agent) of the workspace gets the bytes with safe headers, and byte ranges', async () => {
    await signIn(agentA, workspaceA);
    const response = await get(mediaId);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/ogg');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(response.headers.get('content-disposition')).toMatch(/^inline/);
    expect(Buffer.from(await response.arrayBuffer()).equals(audio)).toBe(true);

    const part = await get(mediaId, { range: 'bytes=4-' });
    expect(part.status).toBe(206);
    expect(Buffer.from(await part.arrayBuffer()).toString()).toBe(audio.subarray(4).toString());
    expect((await get(mediaId, { range: 'bytes=9999-' })).status).toBe(416);
  });

  it('a member of another workspace gets 404, as does a malformed id', async () => {
    await signIn(ownerB, workspaceB);
    const response = await get(mediaId);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('OggS');
    expect((await get('..%2F..%2Fetc%2Fpasswd')).status).toBe(404);
  });
});
