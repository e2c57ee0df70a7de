// Without CALCOM_WEBHOOK_SECRET the endpoint is off (503); without the Pixel id and CAPI token
// the job marks events skipped instead of failing.
import { describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  delete process.env.CALCOM_WEBHOOK_SECRET;
  delete process.env.META_PIXEL_ID;
  delete process.env.META_CAPI_ACCESS_TOKEN;
});

import { POST } from '@/app/api/webhooks/calcom/route';
import { db } from '@/lib/db';
import { sendCapiEventJob } from '@/lib/jobs/definitions/send-capi-event';
import { logger } from '@/lib/logger';

describe('not configured', () => {
  it('answers 503 and stores nothing while CALCOM_WEBHOOK_SECRET is unset', async () => {
    const response = await POST(new Request('http://localhost/api/webhooks/calcom', { method: 'POST', headers: { 'x-cal-signature-256': 'ab'.repeat(32) }, body: '{"triggerEvent":"BOOKING_CREATED","payload":{"uid":"x"}}' }));
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'not_configured' });
    expect(await db.capiEvent.count()).toBe(0);
  });

  it('marks a pending event "skipped: not configured" and drops its data without throwing', async () => {
    const row = await db.capiEvent.create({ data: { bookingUid: 'bk_x', eventName: 'Schedule', eventId: 'calcom-schedule-bk_x', eventTime: new Date(), userData: { em: 'a'.repeat(64) }, clientUserAgent: 'UA' } });
    await sendCapiEventJob.handler({ capiEventId: row.id }, { jobId: 'test', attempt: 1, log: logger });
    expect(await db.capiEvent.findUnique({ where: { id: row.id } })).toMatchObject({ status: 'skipped', lastError: 'skipped: not configured', userData: null, clientUserAgent: null });
  });
});
