// Replay of failed/dead/unroutable events, the dead-on-last-attempt rule, contact profiles,
// and the platform webhook log's access rule.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const platform = vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.PLATFORM_ADMIN_EMAILS = 'ops@relaydesk.test, Root@Relaydesk.test';
  return { session: null as null | { id: string; currentWorkspaceId: null; user: { id: string; email: string; name: string; emailVerifiedAt: null } } };
});
vi.mock('@/lib/auth/get-current-session', () => ({ getCurrentSession: async () => platform.session }));

import PlatformWebhooksPage from '@/app/platform/webhooks/page';
import { encryptToken } from '@/lib/crypto/token-cipher';
import { db } from '@/lib/db';
import { fetchContactProfile } from '@/lib/inbox/fetch-contact-profile';
import { processWebhookEventJob } from '@/lib/jobs/definitions/process-webhook-event';
import { startWorkers } from '@/lib/jobs/start-workers';
import { logger } from '@/lib/logger';
import { processWebhookEvent } from '@/lib/meta/webhooks/process-webhook-event';
import { receiveDelivery } from '@/lib/meta/webhooks/receive-delivery';
import { replayWebhookEvents } from '@/lib/meta/webhooks/replay-webhook-events';
import { replayWorkspaceWebhookEvent } from '@/lib/meta/webhooks/replay-workspace-webhook-events';
import { contextFor, createWorkspaceWithOwner } from '../factories';
import { createChannel } from '../support/meta-webhooks';

const igText = (account: string, mid: string, text: string) =>
  JSON.stringify({ object: 'instagram', entry: [{ id: account, time: 1, messaging: [{ sender: { id: '1234567890123456' }, recipient: { id: account }, timestamp: 1735689600000, message: { mid, text } }] }] });

let owner: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let stop: (timeoutMs?: number) => Promise<void>;

beforeAll(async () => {
  owner = await createWorkspaceWithOwner();
  await createChannel(owner.workspace.id, 'instagram', '17841400000000001');
});
afterAll(async () => stop?.(2_000));

async function lastEvent() {
  return db.webhookEvent.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
}

/**
 * The newest event once the in-process worker has finished with it, then marked dead by hand:
 * marking it while the worker still runs would race with the worker's own status updates.
 */
async function deadEvent() {
  const event = await lastEvent();
  await vi.waitFor(async () => expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('processed'), { timeout: 15_000, interval: 100 });
  return db.webhookEvent.update({ where: { id: event.id }, data: { status: 'dead' } });
}

describe('failures', () => {
  it('a storage error marks the event failed, and dead on the last attempt', async () => {
    // A trigger makes storing this one message fail every time (a stand-in for a DB outage).
    await db.$executeRawUnsafe(`create function fail_one_message() returns trigger language plpgsql as $$ begin if new."externalId" = 'mid-fail' then raise exception 'simulated outage'; end if; return new; end $$`);
    await db.$executeRawUnsafe(`create trigger fail_one_message before insert on "Message" for each row execute function fail_one_message()`);
    await receiveDelivery({ body: igText('17841400000000001', 'mid-fail', 'never stored') });
    const event = await lastEvent();
    await expect(processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).rejects.toThrow();
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: 'failed', attempts: 1 });
    await expect(processWebhookEvent({ eventId: event.id, attempt: 6, maxAttempts: 6, log: logger })).rejects.toThrow();
    const dead = await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } });
    expect(dead).toMatchObject({ status: 'dead', attempts: 2 });
    expect(dead.lastError).toMatch(/simulated outage/);
  });

  it('a \\u0000 in a message is stored as U+FFFD instead of failing the delivery', async () => {
    await receiveDelivery({ body: igText('17841400000000001', 'mid-nul', 'bad \u0000 byte') });
    const event = await lastEvent();
    expect(event.status).toBe('queued');
    expect(await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).toBe('processed');
    expect((await db.message.findFirstOrThrow({ where: { externalId: 'mid-nul' } })).text).toBe('bad \uFFFD byte');
  });

  it('a processed event is skipped when its job runs again', async () => {
    await receiveDelivery({ body: igText('17841400000000001', 'mid-once', 'hello') });
    const event = await lastEvent();
    expect(await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).toBe('processed');
    expect(await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).toBe('skipped');
    expect(await db.message.count({ where: { externalId: 'mid-once' } })).toBe(1);
  });
});

describe('replay', () => {
  it('re-queues a dead event and the worker processes it', async () => {
    await receiveDelivery({ body: igText('17841400000000001', 'mid-replay', 'replay me') });
    const event = await lastEvent();
    await db.webhookEvent.update({ where: { id: event.id }, data: { status: 'dead', lastError: 'simulated' } });
    stop = await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
    expect(await replayWebhookEvents({ statuses: ['dead'], eventIds: [event.id] })).toEqual({ requeued: 1, stillUnroutable: 0 });
    await vi.waitFor(async () => expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('processed'), { timeout: 15_000, interval: 200 });
    expect(await db.message.count({ where: { externalId: 'mid-replay' } })).toBe(1);
  });

  it('routes an unroutable event again once its channel is connected', async () => {
    await receiveDelivery({ body: igText('17841400000000077', 'mid-late', 'before connect') });
    const event = await lastEvent();
    expect(event.status).toBe('unroutable');
    expect(await replayWebhookEvents({ statuses: ['unroutable'], eventIds: [event.id] })).toEqual({ requeued: 0, stillUnroutable: 1 });
    const late = await createChannel(owner.workspace.id, 'instagram', '17841400000000077');
    expect(await replayWebhookEvents({ statuses: ['unroutable'], eventIds: [event.id] })).toEqual({ requeued: 1, stillUnroutable: 0 });
    await vi.waitFor(async () => expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('processed'), { timeout: 15_000, interval: 200 });
    expect(await db.message.findFirstOrThrow({ where: { externalId: 'mid-late' } })).toMatchObject({ channelId: late.id, workspaceId: owner.workspace.id });
  });

  it("the dashboard replay refuses another workspace's event", async () => {
    const other = await createWorkspaceWithOwner();
    await receiveDelivery({ body: igText('17841400000000001', 'mid-foreign', 'x') });
    const event = await deadEvent();
    const ctx = await contextFor(other.owner.id, other.workspace.id);
    await expect(replayWorkspaceWebhookEvent({ ctx, eventId: event.id })).rejects.toMatchObject({ code: 'not_found' });
    expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('dead');
    const ownCtx = await contextFor(owner.owner.id, owner.workspace.id);
    expect(await replayWorkspaceWebhookEvent({ ctx: ownCtx, eventId: event.id })).toEqual({ requeued: 1, stillUnroutable: 0 });
    expect(await db.auditLog.count({ where: { workspaceId: owner.workspace.id, action: 'webhook_events.replayed' } })).toBe(1);
  });

  it('npm run events:replay re-queues dead events from the command line', async () => {
    await receiveDelivery({ body: igText('17841400000000001', 'mid-cli', 'cli') });
    const event = await deadEvent();
    const result = spawnSync('npx', ['tsx', 'scripts/events-replay.ts', '--status', 'dead', '--id', event.id], { env: { ...process.env, LOG_LEVEL: 'silent' }, encoding: 'utf8', timeout: 60_000 });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('Re-queued 1 event(s)');
    await vi.waitFor(async () => expect((await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('processed'), { timeout: 15_000, interval: 200 });
    const bad = spawnSync('npx', ['tsx', 'scripts/events-replay.ts', '--status', 'processed'], { env: process.env, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    // Two `npx tsx` child processes (each may take 15–30 s to start on a loaded 2-core machine)
    // do not fit the default 30 s test budget.
  }, 150_000);
});

describe('contact profiles', () => {
  let server: Server;
  const answers = new Map<string, { status: number; body: unknown }>();
  beforeAll(async () => {
    server = createServer((req, res) => {
      const id = new URL(req.url!, 'http://x').pathname.split('/').pop()!;
      const answer = answers.get(id) ?? { status: 404, body: { error: { message: 'nope', code: 100 } } };
      res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { env } = await import('@/lib/env');
    // The env is parsed once; point the IG Graph base at the local fake for this file.
    Object.assign(env(), { META_INSTAGRAM_GRAPH_BASE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v23.0` });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('caches name, username and avatar; error 190 marks the channel token expired', async () => {
    const profiled = await createChannel(owner.workspace.id, 'instagram', '17841400000000088');
    await db.channel.update({ where: { id: profiled.id }, data: { accessTokenEnc: encryptToken('ig-token') } });
    const ana = await db.contact.create({ data: { workspaceId: owner.workspace.id, channelId: profiled.id, externalId: '555' } });
    const open = await db.conversation.create({ data: { workspaceId: owner.workspace.id, channelId: profiled.id, contactId: ana.id, openKey: `direct:${ana.id}` } });
    answers.set('555', { status: 200, body: { name: 'Ana Test', username: 'ana.test', profile_pic: 'https://cdn/ana.jpg' } });
    expect(await fetchContactProfile({ contactId: ana.id, log: logger })).toBe('fetched');
    expect(await db.contact.findUniqueOrThrow({ where: { id: ana.id } })).toMatchObject({ name: 'Ana Test', username: 'ana.test', avatarUrl: 'https://cdn/ana.jpg', profileFetchedAt: expect.any(Date) });
    // Open inboxes learn that the provisional name can be replaced (issue 14).
    expect(await db.inboxEvent.findMany({ where: { conversationId: open.id }, select: { type: true, payload: true } })).toEqual([{ type: 'conversation.updated', payload: expect.objectContaining({ changes: ['contact'] }) }]);

    const bo = await db.contact.create({ data: { workspaceId: owner.workspace.id, channelId: profiled.id, externalId: '556' } });
    answers.set('556', { status: 400, body: { error: { message: 'Error validating access token', code: 190, error_subcode: 463 } } });
    expect(await fetchContactProfile({ contactId: bo.id, log: logger })).toBe('failed');
    expect((await db.channel.findUniqueOrThrow({ where: { id: profiled.id } })).status).toBe('token_expired');
    expect(await fetchContactProfile({ contactId: bo.id, log: logger })).toBe('skipped');
  });
});

describe('platform webhook log', () => {
  const user = (email: string) => ({ id: '00000000-0000-7000-8000-000000000001', currentWorkspaceId: null, user: { id: '00000000-0000-7000-8000-000000000002', email, name: 'X', emailVerifiedAt: null } });
  const digestOf = async (promise: Promise<unknown>) => promise.then(() => 'rendered', (error: { digest?: string }) => String(error.digest));

  it('is a 404 for signed-out users and members who are not platform admins', async () => {
    platform.session = null;
    expect(await digestOf(PlatformWebhooksPage())).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    platform.session = user(owner.owner.email);
    expect(await digestOf(PlatformWebhooksPage())).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('renders for an address in PLATFORM_ADMIN_EMAILS (case-insensitive)', async () => {
    platform.session = user('root@relaydesk.test');
    expect(await digestOf(PlatformWebhooksPage())).toBe('rendered');
  });
});
