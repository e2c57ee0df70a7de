// The inbox SSE stream end to end: the real route handler, the real LISTEN connection, the real
// log. Only next/headers is mocked, to carry the session cookie.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/session-policy';
import { sessionKeyring } from '@/lib/auth/session-keyring';
import { signSessionToken } from '@/lib/auth/session-token';
import { db } from '@/lib/db';
import { inboxSubscriberCount, stopInboxListener } from '@/lib/realtime/inbox-listener';
import { latestInboxEventSeq } from '@/lib/realtime/latest-inbox-event-seq';
import { recordInboxEvent } from '@/lib/realtime/record-inbox-event';
import { sweepInboxEvents } from '@/lib/realtime/sweep-inbox-events';
import { createWorkspaceWithOwner } from '../factories';
import { readSseEvents } from '../support/sse-reader';

const cookies = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (cookies.has(name) ? { name, value: cookies.get(name)! } : undefined),
    set: (name: string, value: string) => void cookies.set(name, value),
    delete: (name: string) => void cookies.delete(name),
  }),
  headers: async () => new Headers({ host: 'localhost:3000' }),
}));

const { GET } = await import('@/app/api/inbox/stream/route');

/** Opens the stream as a member of `workspaceId` and parses events as they arrive. */
async function connect(workspace: { id: string; ownerId: string }, options: { lastEventId?: number; viaQuery?: boolean; query?: string } = {}) {
  const session = await db.session.create({ data: { userId: workspace.ownerId, currentWorkspaceId: workspace.id, expiresAt: new Date(Date.now() + 3600_000) } });
  cookies.set(SESSION_COOKIE, await signSessionToken({ sessionId: session.id, userId: workspace.ownerId }, sessionKeyring(), session.expiresAt));
  const abort = new AbortController();
  const headers = new Headers(options.lastEventId !== undefined && !options.viaQuery ? { 'last-event-id': String(options.lastEventId) } : {});
  const query = options.query ?? (options.viaQuery && options.lastEventId !== undefined ? `?lastEventId=${options.lastEventId}` : '');
  const url = `http://localhost:3000/api/inbox/stream${query}`;
  const response = await GET(new Request(url, { headers, signal: abort.signal }));
  cookies.clear();
  const sse = readSseEvents(response);
  await sse.started();
  return { response, events: sse.events, waitFor: sse.waitFor, close: () => abort.abort() };
}

let A: { id: string; ownerId: string };
let B: { id: string; ownerId: string };
const conversationId = '01900000-0000-7000-8000-000000000001';

beforeAll(async () => {
  const a = await createWorkspaceWithOwner({ name: 'A' });
  const b = await createWorkspaceWithOwner({ name: 'B' });
  A = { id: a.workspace.id, ownerId: a.owner.id };
  B = { id: b.workspace.id, ownerId: b.owner.id };
});

afterAll(async () => {
  await stopInboxListener();
});

const record = (workspaceId: string, n: number) =>
  recordInboxEvent({ workspaceId, conversationId, type: 'message.created', payload: { messageId: `m${n}`, preview: `hello ${n}` } });

describe('GET /api/inbox/stream', () => {
  it('answers 401 JSON when signed out', async () => {
    const response = await GET(new Request('http://localhost:3000/api/inbox/stream'));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('streams an event recorded after connecting, with SSE headers', async () => {
    const stream = await connect(A);
    expect(stream.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform');
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no');
    const { seq } = await record(A.id, 1);
    const [event] = await stream.waitFor(1);
    expect(event).toEqual({ id: String(seq), event: 'message.created', data: expect.objectContaining({ conversationId, messageId: 'm1', preview: 'hello 1', unreadTotal: 0 }) });
    stream.close();
  });

  it('resumes after Last-Event-ID with exactly the missed events, in order, then continues live', async () => {
    const first = await connect(A);
    const seqs = [];
    for (let n = 0; n < 5; n++) seqs.push((await record(A.id, 100 + n)).seq);
    await first.waitFor(5);
    first.close();
    // Missed while disconnected (plus B's events, which must not appear).
    for (let n = 0; n < 7; n++) {
      seqs.push((await record(A.id, 200 + n)).seq);
      await record(B.id, 900 + n);
    }
    const resumed = await connect(A, { lastEventId: seqs[2]! });
    const replay = await resumed.waitFor(9);
    expect(replay.map((e) => Number(e.id))).toEqual(seqs.slice(3));
    const live = await record(A.id, 300);
    const all = await resumed.waitFor(10);
    expect(all.map((e) => Number(e.id))).toEqual([...seqs.slice(3), live.seq]);
    resumed.close();

    // The query form gives the same replay (clients that cannot set headers).
    const viaQuery = await connect(A, { lastEventId: seqs[9]!, viaQuery: true });
    expect((await viaQuery.waitFor(3)).map((e) => Number(e.id))).toEqual([seqs[10], seqs[11], live.seq]);
    viaQuery.close();
  });

  it('replays what happened between a page render and its stream connecting (the page passes its render point)', async () => {
    const since = await latestInboxEventSeq(A.id);
    const between = await record(A.id, 400); // after the render, before the browser connects
    const stream = await connect(A, { lastEventId: since, viaQuery: true });
    expect((await stream.waitFor(1)).map((e) => Number(e.id))).toEqual([between.seq]);
    stream.close();
  });

  it('a page rendered before its workspace had any event (render point 0) gets the first events, not a resync', async () => {
    const fresh = await createWorkspaceWithOwner({ name: 'Fresh' });
    const C = { id: fresh.workspace.id, ownerId: fresh.owner.id };
    expect(await latestInboxEventSeq(C.id)).toBe(0);
    // Older rows of other workspaces were swept, so the log no longer starts at 1.
    const old = await record(B.id, 500);
    await db.inboxEvent.updateMany({ where: { seq: { lte: BigInt(old.seq) } }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await record(B.id, 501);
    await sweepInboxEvents();
    const first = await record(C.id, 1);
    const stream = await connect(C, { lastEventId: 0, viaQuery: true });
    const [event] = await stream.waitFor(1);
    expect(event).toMatchObject({ id: String(first.seq), event: 'message.created' });
    stream.close();
  });

  it('never sends workspace B events to a stream of workspace A', async () => {
    // A query parameter naming B changes nothing: the workspace is the session's.
    const streamA = await connect(A, { query: `?workspaceId=${B.id}` });
    const streamB = await connect(B);
    await record(B.id, 1);
    await record(B.id, 2);
    const marker = await record(A.id, 3);
    await streamB.waitFor(2);
    const eventsA = await streamA.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(eventsA.map((e) => Number(e.id))).toEqual([marker.seq]);
    streamA.close();
    streamB.close();
  });

  it('asks the client to resync when the gap is longer than the log keeps', async () => {
    const { seq } = await record(A.id, 1);
    await db.inboxEvent.updateMany({ where: { seq: { lte: BigInt(seq) } }, data: { createdAt: new Date(Date.now() - 25 * 3_600_000) } });
    await record(A.id, 2);
    expect(await sweepInboxEvents()).toBeGreaterThan(0);
    const stream = await connect(A, { lastEventId: seq - 1 });
    const [resync] = await stream.waitFor(1);
    expect(resync?.event).toBe('resync');
    stream.close();
  });

  it('delivers an event recorded by another process (NOTIFY is database-wide)', async () => {
    const stream = await connect(A);
    const script = `
      const { recordInboxEvent } = await import('./lib/realtime/record-inbox-event.ts');
      const { disconnectDb } = await import('./lib/db.ts');
      const { seq } = await recordInboxEvent({ workspaceId: ${JSON.stringify(A.id)}, type: 'conversation.updated', payload: { changes: ['assignee'] } });
      console.log(seq);
      await disconnectDb();`;
    const seq = await new Promise<number>((resolve, reject) => {
      const child = spawn('npx', ['tsx', '--eval', `(async () => {${script}})().catch((e) => { console.error(e); process.exit(1); })`], { env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => (out += chunk));
      child.stderr.on('data', (chunk) => (err += chunk));
      child.on('exit', (code) => (code === 0 ? resolve(Number(out.trim().split('\n').at(-1))) : reject(new Error(`child exited ${code}: ${err}`))));
    });
    const [event] = await stream.waitFor(1, 20_000);
    expect(event).toMatchObject({ id: String(seq), event: 'conversation.updated', data: { changes: ['assignee'] } });
    stream.close();
  }, 60_000);

  it('reconnects the shared LISTEN connection after it drops, and the stream misses nothing', async () => {
    const stream = await connect(A);
    const before = await record(A.id, 1);
    await stream.waitFor(1);
    const killed = await db.$queryRaw<{ ok: boolean }[]>`
      select pg_terminate_backend(pid) as ok from pg_stat_activity where datname = current_database() and query = 'listen inbox'`;
    expect(killed).toHaveLength(1);
    // Recorded while the listener is down: its notification is lost, the reconnect re-reads the log.
    const during = await record(A.id, 2);
    const after = await (async () => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      return record(A.id, 3);
    })();
    const events = await stream.waitFor(3);
    expect(events.map((e) => Number(e.id))).toEqual([before.seq, during.seq, after.seq]);
    stream.close();
  });

  it('removes the subscriber when the request is aborted', async () => {
    expect(inboxSubscriberCount(A.id)).toBe(0);
    const streams = await Promise.all([connect(A), connect(A)]);
    expect(inboxSubscriberCount(A.id)).toBe(2);
    for (const stream of streams) stream.close();
    expect(inboxSubscriberCount(A.id)).toBe(0);
    expect(inboxSubscriberCount()).toBe(0);
  });
});
