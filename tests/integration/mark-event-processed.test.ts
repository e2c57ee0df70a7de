// The webhook worker's last write: the follow-up jobs (agent replies, profile fetches) and the
// event's "processed" mark in one statement — both commit or neither.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_VERIFY_TOKEN = 'test-verify-token-123';
  process.env.AGENT_DEBOUNCE_MS = '0';
});

import { POST } from '../support/meta-webhook-route';
import { db, sqlPool } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import { markEventProcessed } from '@/lib/meta/webhooks/mark-event-processed';
import { processWebhookEventJob } from '@/lib/jobs/definitions/process-webhook-event';
import { startWorkers } from '@/lib/jobs/start-workers';
import { createFixtureChannels, fixtureBytes, fixtureSignature, webhookRequest } from '../support/meta-webhooks';

let channels: Awaited<ReturnType<typeof createFixtureChannels>>;
let stop: ((timeoutMs?: number) => Promise<void>) | undefined;
beforeAll(async () => {
  channels = await createFixtureChannels();
  await getBoss();
});
afterAll(async () => stop?.(2_000));

const jobsFor = async (name: string, key: string) => (await sqlPool().query(`select data from pgboss.job where name = $1 and singleton_key = $2`, [name, key])).rows;

describe('markEventProcessed', () => {
  it('a Messenger DM from a new person: the event ends processed with one agent-reply and one fetch-contact-profile job', async () => {
    stop = await startWorkers({ jobs: [processWebhookEventJob], pollingIntervalSeconds: 0.5 });
    const response = await POST(webhookRequest(fixtureBytes('messenger-text.json'), fixtureSignature('messenger-text.json')));
    expect(response.status).toBe(200);
    const message = await vi.waitFor(async () => {
      const found = await db.message.findFirst({ where: { workspaceId: channels.messenger.workspaceId, direction: 'inbound' }, select: { id: true, conversation: { select: { contactId: true } } } });
      expect(found).not.toBeNull();
      const event = await db.webhookEvent.findFirst({ where: { channelId: channels.messenger.id }, orderBy: { createdAt: 'desc' }, select: { status: true } });
      expect(event?.status).toBe('processed');
      return found!;
    }, { timeout: 20_000, interval: 200 });
    expect(await jobsFor('agent-reply', message.id)).toEqual([{ data: { workspaceId: channels.messenger.workspaceId, messageId: message.id } }]);
    expect(await jobsFor('fetch-contact-profile', message.conversation.contactId)).toHaveLength(1);
  });

  it('one statement; an invalid payload throws before it, leaving the event as it was', async () => {
    const [event] = (await sqlPool().query(`select id, status from "WebhookEvent" where status = 'processed' limit 1`)).rows as { id: string }[];
    await sqlPool().query(`update "WebhookEvent" set status = 'processing' where id = $1`, [event!.id]);
    await expect(markEventProcessed(event!.id, [{ name: 'agent-reply', payload: { workspaceId: 'nope', messageId: randomUUID() } }])).rejects.toThrow();
    expect((await sqlPool().query(`select status from "WebhookEvent" where id = $1`, [event!.id])).rows[0]).toEqual({ status: 'processing' });

    const messageId = randomUUID();
    const { jobs } = await markEventProcessed(event!.id, [{ name: 'agent-reply', payload: { workspaceId: randomUUID(), messageId }, options: { singletonKey: messageId } }]);
    expect(jobs).toBe(1);
    expect((await sqlPool().query(`select status from "WebhookEvent" where id = $1`, [event!.id])).rows[0]).toEqual({ status: 'processed' });
    expect(await jobsFor('agent-reply', messageId)).toHaveLength(1);
  });
});
