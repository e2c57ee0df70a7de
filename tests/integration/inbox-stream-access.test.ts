// An open inbox stream outlives the request that opened it: after logout, a revoked session or
// removal from the workspace it must stop delivering previews and say why; and one session may
// hold at most MAX_STREAMS_PER_SESSION streams per process (the oldest gives way).
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { logOut } from '@/lib/auth/log-out';
import { db } from '@/lib/db';
import { stopInboxListener } from '@/lib/realtime/inbox-listener';
import { MAX_STREAMS_PER_SESSION, openInboxStreamCount } from '@/lib/realtime/inbox-stream-registry';
import { recordInboxEvent } from '@/lib/realtime/record-inbox-event';
import { removeMember } from '@/lib/team/remove-member';
import { addMember, contextFor, createWorkspaceWithOwner } from '../factories';
import { mockRequest } from '../support/mock-request';
import { readSseEvents } from '../support/sse-reader';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());

const { GET } = await import('@/app/api/inbox/stream/route');

afterAll(async () => {
  await stopInboxListener();
});

async function sessionFor(userId: string, workspaceId: string) {
  const session = await db.session.create({ data: { userId, currentWorkspaceId: workspaceId, expiresAt: new Date(Date.now() + 3600_000) } });
  return { id: session.id, cookie: await signSessionToken({ sessionId: session.id, userId }, sessionKeyring(), session.expiresAt) };
}

/** Opens the stream with `cookie` as the browser's session cookie. */
async function open(cookie: string) {
  mockRequest.cookies.clear();
  mockRequest.cookies.set(SESSION_COOKIE, cookie);
  const abort = new AbortController();
  const response = await GET(new Request('http://localhost:3000/api/inbox/stream', { signal: abort.signal }));
  mockRequest.cookies.clear();
  expect(response.status).toBe(200);
  const sse = readSseEvents(response);
  await sse.started();
  return { ...sse, close: () => abort.abort() };
}

const note = (workspaceId: string, preview: string) => recordInboxEvent({ workspaceId, conversationId: null, type: 'note.created', payload: { preview } });
const previews = (events: { data?: unknown }[]) => events.map((event) => (event.data as { preview?: string }).preview).filter(Boolean);

describe('inbox stream access', () => {
  it('logout ends the stream: nothing recorded afterwards is delivered', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const session = await sessionFor(owner.id, workspace.id);
    const stream = await open(session.cookie);
    await note(workspace.id, 'before logout');
    await stream.waitFor(1);

    mockRequest.cookies.set(SESSION_COOKIE, session.cookie);
    await logOut();
    await note(workspace.id, 'secret after logout');
    await stream.waitForEnd();
    expect(previews(stream.events)).toEqual(['before logout']);
    expect(stream.events.at(-1)).toMatchObject({ event: 'stream.ended', data: { reason: 'signed_out' } });
  });

  it('an idle stream notices a revoked session within a few seconds, with no event to wake it', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const session = await sessionFor(owner.id, workspace.id);
    const stream = await open(session.cookie);
    await db.session.update({ where: { id: session.id }, data: { revokedAt: new Date() } });
    await stream.waitForEnd(15_000);
    expect(stream.events).toEqual([{ event: 'stream.ended', data: { reason: 'signed_out', message: expect.stringContaining('signed out') } }]);
  });

  it('removal from the workspace ends the member\'s stream; the rest of the team keeps theirs', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const agent = await addMember(workspace.id, 'agent');
    const agentStream = await open((await sessionFor(agent.id, workspace.id)).cookie);
    const ownerStream = await open((await sessionFor(owner.id, workspace.id)).cookie);

    await removeMember({ ctx: await contextFor(owner.id, workspace.id), userId: agent.id, meta: { ipAddress: null, userAgent: null, requestId: null } });
    await note(workspace.id, 'after removal');
    await agentStream.waitForEnd();
    expect(previews(agentStream.events)).toEqual([]);
    expect(agentStream.events.at(-1)).toMatchObject({ event: 'stream.ended', data: { reason: 'removed' } });
    // The owner's stream delivered the note (the removal itself may add events before it).
    await vi.waitFor(() => expect(previews(ownerStream.events)).toContain('after removal'), { timeout: 10_000 });
    expect(ownerStream.isEnded()).toBe(false);
    ownerStream.close();
  });

  it(`one session holds at most ${MAX_STREAMS_PER_SESSION} streams: the oldest gives way to a new one`, async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const session = await sessionFor(owner.id, workspace.id);
    const streams = [];
    for (let i = 0; i <= MAX_STREAMS_PER_SESSION; i++) streams.push(await open(session.cookie));
    const [oldest, ...rest] = streams;
    await oldest!.waitForEnd();
    expect(oldest!.events).toEqual([{ event: 'stream.ended', data: { reason: 'too_many_streams', message: expect.any(String) } }]);
    expect(openInboxStreamCount(session.id)).toBe(MAX_STREAMS_PER_SESSION);

    await note(workspace.id, 'to every open tab');
    for (const stream of rest) expect(previews(await stream.waitFor(1))).toEqual(['to every open tab']);
    for (const stream of rest) stream.close();
    expect(openInboxStreamCount(session.id)).toBe(0);
  });
});
