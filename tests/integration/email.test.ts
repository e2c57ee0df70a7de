import { describe, expect, it, vi } from 'vitest';
import { NextRequest } from 'next/server';
import { GET as getLatest } from '@/app/api/dev/mailbox/latest/route';
import { db } from '@/lib/db';
import { getDevMailboxMessage } from '@/lib/email/get-dev-mailbox-message';
import { getLatestDevMailboxMessage } from '@/lib/email/get-latest-dev-mailbox-message';
import { listDevMailbox } from '@/lib/email/list-dev-mailbox';
import { sendEmail } from '@/lib/email/send-email';
import { getBoss } from '@/lib/jobs/boss';
import { sendEmailJob } from '@/lib/jobs/definitions/send-email';
import { startWorkers } from '@/lib/jobs/start-workers';
import { logger } from '@/lib/logger';

const verifyProps = { name: 'Ada', url: 'https://app.example.com/verify?token=t1', expiresInHours: 24 };

describe('email', () => {
  it('sendEmail queues a job; the worker renders it into the dev mailbox', async () => {
    const boss = await getBoss();
    const { messageId } = await sendEmail({ to: 'ada@example.com', template: 'verify-email', props: verifyProps });
    // Queued, not delivered: nothing is rendered in the request.
    expect(await db.emailMessage.count({ where: { id: messageId } })).toBe(0);
    expect(await boss.getQueueSize('send-email')).toBe(1);

    const stop = await startWorkers({ jobs: [sendEmailJob], pollingIntervalSeconds: 0.5 });
    await vi.waitFor(async () => expect(await getDevMailboxMessage({ id: messageId })).not.toBeNull(), { timeout: 15_000, interval: 200 });
    await stop(2_000);

    const message = await getDevMailboxMessage({ id: messageId });
    expect(message).toMatchObject({ to: 'ada@example.com', template: 'verify-email', subject: 'Verify your email address for Relaydesk', links: [verifyProps.url] });
    expect(message?.html).toContain('Verify email address');
    expect(message?.text).toContain(verifyProps.url);
    expect((await db.emailMessage.findUnique({ where: { id: messageId } }))?.transport).toBe('dev-mailbox');

    const latest = await getLatestDevMailboxMessage({ to: 'ADA@example.com' });
    expect(latest?.id).toBe(messageId);
    const listed = await listDevMailbox({ to: 'ada@example.com' });
    expect(listed.messages.map((m) => m.id)).toEqual([messageId]);
  });

  it('is safe to run twice: the same payload stores one email', async () => {
    const payload = { messageId: '01970000-0000-7000-8000-000000000001', to: 'twice@example.com', template: 'password-changed' as const, props: { name: 'Twice' } };
    const context = { jobId: 'test', attempt: 1, log: logger };
    await sendEmailJob.handler(payload, context);
    await sendEmailJob.handler(payload, { ...context, attempt: 2 });
    await Promise.all([sendEmailJob.handler(payload, context), sendEmailJob.handler(payload, context)]);
    expect(await db.emailMessage.count({ where: { to: 'twice@example.com' } })).toBe(1);
  });

  it('rejects invalid props and recipients before queueing', async () => {
    const boss = await getBoss();
    const before = await boss.getQueueSize('send-email');
    // @ts-expect-error — the types already forbid it; the runtime check is for untyped callers
    await expect(sendEmail({ to: 'ada@example.com', template: 'verify-email', props: { name: 'Ada' } })).rejects.toMatchObject({ code: 'bad_request' });
    await expect(sendEmail({ to: 'ada@example.com', template: 'verify-email', props: { ...verifyProps, url: 'javascript:alert(1)' } })).rejects.toThrow(/Invalid props/);
    await expect(sendEmail({ to: 'not an address', template: 'password-changed', props: { name: 'Ada' } })).rejects.toMatchObject({ code: 'bad_request' });
    expect(await boss.getQueueSize('send-email')).toBe(before);
  });

  it('lists newest first with a cursor, and the latest-email route returns links', async () => {
    const base = Date.now() - 60_000;
    const ids = ['01970000-0000-7000-8000-0000000000a1', '01970000-0000-7000-8000-0000000000a2', '01970000-0000-7000-8000-0000000000a3'];
    await db.emailMessage.createMany({
      data: ids.map((id, i) => ({
        id,
        to: 'page@example.com',
        subject: `Email ${i}`,
        html: `<a href="https://app.example.com/link/${i}">go</a>`,
        text: `text ${i}`,
        template: 'verify-email',
        transport: 'dev-mailbox',
        createdAt: new Date(base + i * 1_000),
      })),
    });
    await db.emailMessage.create({ data: { to: 'page@example.com', subject: 'Sent for real', html: '', text: '', template: 'verify-email', transport: 'resend', providerId: 're_1' } });

    const first = await listDevMailbox({ to: 'page@example.com', take: 2 });
    expect(first.messages.map((m) => m.subject)).toEqual(['Email 2', 'Email 1']);
    const second = await listDevMailbox({ to: 'page@example.com', take: 2, cursor: first.nextCursor! });
    expect(second.messages.map((m) => m.subject)).toEqual(['Email 0']);
    expect(second.nextCursor).toBeNull();

    const response = await getLatest(new NextRequest('http://localhost/api/dev/mailbox/latest?to=page%40example.com'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ id: ids[2], subject: 'Email 2', text: 'text 2', links: ['https://app.example.com/link/2'] });
    expect((await getLatest(new NextRequest('http://localhost/api/dev/mailbox/latest?to=nobody%40example.com'))).status).toBe(404);
    expect((await getLatest(new NextRequest('http://localhost/api/dev/mailbox/latest'))).status).toBe(400);
  });
});
