// The whole proof path with a real signed WhatsApp webhook (shared fixture, text replaced by the
// code and re-signed): the endpoint stores it, the webhook job stores the message, the proof job
// confirms the request, the deletion job erases the person — including the code message.
import { describe, expect, it, vi } from 'vitest';
vi.hoisted(() => {
  process.env.META_APP_SECRET = 'test_app_secret_0123456789abcdef';
  process.env.META_WEBHOOK_VERIFY_TOKEN = 'test-verify-token-123';
});
import { POST } from '../support/meta-webhook-route';
import { db } from '@/lib/db';
import { jobRegistry } from '@/lib/jobs/registry';
import { startWorkers } from '@/lib/jobs/start-workers';
import { createDataDeletionRequest } from '@/lib/privacy/create-data-deletion-request';
import { getDataDeletionStatus } from '@/lib/privacy/get-data-deletion-status';
import { createFixtureChannels, fixtureBytes, sign, webhookRequest } from '../support/meta-webhooks';

describe('deletion proof through a signed WhatsApp webhook', () => {
  it('confirms and erases once the number itself sends the code', async () => {
    const channels = await createFixtureChannels();
    const request = await createDataDeletionRequest({ source: 'public_form', identifierType: 'whatsapp_number', identifier: '15551234567' });
    const body = fixtureBytes('wa-text.json').toString('utf8').replace('Hi, I want to book a consultation', `please delete ${request.proofCode}`);
    const stop = await startWorkers({ jobs: jobRegistry.filter((j) => ['process-webhook-event', 'check-deletion-proof', 'process-data-deletion'].includes(j.name)), pollingIntervalSeconds: 0.5 });
    try {
      expect((await POST(webhookRequest(body, sign(body)))).status).toBe(200);
      await vi.waitFor(async () => expect((await getDataDeletionStatus({ confirmationCode: request.confirmationCode }))?.status).toBe('completed'), { timeout: 25_000, interval: 250 });
    } finally {
      await stop(2_000);
    }
    expect(await db.contact.count({ where: { channelId: channels.whatsapp.id, externalId: '15551234567' } })).toBe(0);
    expect(await db.message.count({ where: { channelId: channels.whatsapp.id } })).toBe(0);
    // The raw body held the number and the code: emptied; the unit blanked.
    const units = await db.webhookEvent.findMany({ where: { channelId: channels.whatsapp.id }, select: { payload: true, delivery: { select: { rawBody: true } } } });
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((u) => JSON.stringify(u.payload) === '{"erased":true}' && u.delivery.rawBody.length === 0)).toBe(true);
  });
});
