// The intake routes from a per-process cache (lib/meta/webhooks/find-channel-routes.ts). This
// process forgets it on connect/disconnect; a stale entry (another process's change) is caught
// by the worker, which never stores into a channel that is no longer connected.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
});

import { POST } from '../support/meta-webhook-route';
import { disconnectChannel } from '@/lib/channels/disconnect-channel';
import { upsertConnectedChannel } from '@/lib/channels/upsert-connected-channel';
import { db } from '@/lib/db';
import { logger } from '@/lib/logger';
import { processWebhookEvent } from '@/lib/meta/webhooks/process-webhook-event';
import { contextFor, createWorkspaceWithOwner } from '../factories';
import { createChannel, sign, webhookRequest } from '../support/meta-webhooks';
import { igDm } from '../support/webhook-intake';

const account = () => `178414${randomBytes(5).readUIntBE(0, 5).toString().padStart(11, '0')}`;

async function deliver(accountId: string, mid: string) {
  const body = igDm({ account: accountId, mid, text: `text of ${mid}` });
  expect((await POST(webhookRequest(body, sign(body)))).status).toBe(200);
  return db.webhookEvent.findFirstOrThrow({ where: { routingKey: accountId }, orderBy: { id: 'desc' } });
}

let a: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
let b: Awaited<ReturnType<typeof createWorkspaceWithOwner>>;
beforeAll(async () => {
  a = await createWorkspaceWithOwner();
  b = await createWorkspaceWithOwner();
});

describe('routing cache in this process', () => {
  it('a connect right after an unroutable webhook routes the next one at once', async () => {
    const id = account();
    expect((await deliver(id, 'mid-before-connect')).status).toBe('unroutable');
    const ctx = await contextFor(a.owner.id, a.workspace.id);
    const channel = await upsertConnectedChannel({ ctx, account: { type: 'instagram', externalId: id, name: 'Shop', accessToken: 'tok-123456' } });
    expect(await deliver(id, 'mid-after-connect')).toMatchObject({ status: 'queued', channelId: channel.id, workspaceId: a.workspace.id });
  });

  it('a disconnect stops routing at once', async () => {
    const id = account();
    const channel = await createChannel(a.workspace.id, 'instagram', id);
    expect((await deliver(id, 'mid-while-connected')).status).toBe('queued');
    await disconnectChannel({ ctx: await contextFor(a.owner.id, a.workspace.id), channelId: channel.id, deleteNow: false });
    expect(await deliver(id, 'mid-after-disconnect')).toMatchObject({ status: 'unroutable', channelId: null });
  });
});

describe('a stale route (changed by another process) is caught by the worker', () => {
  it('never stores a message into a channel disconnected after the webhook was routed', async () => {
    const id = account();
    const channel = await createChannel(a.workspace.id, 'instagram', id);
    expect((await deliver(id, 'mid-warm')).status).toBe('queued');
    // Another process disconnects it: this process's cache does not know.
    await db.channel.update({ where: { id: channel.id }, data: { status: 'disconnected' } });
    const event = await deliver(id, 'mid-stale');
    expect(event).toMatchObject({ status: 'queued', channelId: channel.id });
    expect(await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).toBe('unroutable');
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: 'unroutable', channelId: null, workspaceId: null });
    expect(await db.message.count({ where: { externalId: 'mid-stale' } })).toBe(0);
  });

  it('re-routes to the account’s current channel when it moved to another workspace', async () => {
    const id = account();
    const old = await createChannel(a.workspace.id, 'instagram', id);
    expect((await deliver(id, 'mid-warm-move')).status).toBe('queued');
    await db.channel.delete({ where: { id: old.id } });
    const moved = await createChannel(b.workspace.id, 'instagram', id);
    const event = await deliver(id, 'mid-moved');
    expect(event.channelId).toBe(old.id);
    expect(await processWebhookEvent({ eventId: event.id, attempt: 1, maxAttempts: 6, log: logger })).toBe('processed');
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({ status: 'processed', channelId: moved.id, workspaceId: b.workspace.id });
    expect(await db.message.findFirstOrThrow({ where: { externalId: 'mid-moved' } })).toMatchObject({ channelId: moved.id, workspaceId: b.workspace.id });
  });
});
