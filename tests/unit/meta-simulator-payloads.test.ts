// Webhook payloads the simulator builds must look exactly like Meta's (the shared fixtures).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildInstagramComment, buildInstagramDm, buildMessengerText, buildWhatsAppImage, buildWhatsAppStatus, buildWhatsAppText, buildWhatsAppVoice,
} from '@/lib/meta-simulator/build-webhook-payloads';
import { signWebhookBody } from '@/lib/meta-simulator/sign-webhook-body';
import { SIM } from '@/lib/meta-simulator/simulator-ids';
import { fixturesDir, readFixture, shapeOf } from '../support/json-shape';

const now = new Date('2026-03-01T12:00:00.000Z');

describe('webhook payload builders', () => {
  it.each([
    ['ig-dm-text.json', () => buildInstagramDm({ text: 'Hi 😍', now })],
    ['ig-dm-image.json', () => buildInstagramDm({ attachments: [{ type: 'image', url: 'http://localhost:3000/api/dev/meta/cdn/1' }], now })],
    ['ig-comment.json', () => buildInstagramComment({ text: 'Price? 😍', now })],
    ['messenger-text.json', () => buildMessengerText({ text: 'Hello', now })],
    ['wa-text.json', () => buildWhatsAppText({ body: 'Olá', now })],
    ['wa-image.json', () => buildWhatsAppImage({ mediaId: '1', sha256: 'abc=', mimeType: 'image/png', caption: 'This', now })],
    ['wa-audio-voice.json', () => buildWhatsAppVoice({ mediaId: '2', sha256: 'abc=', now })],
    ['wa-status-delivered.json', () => buildWhatsAppStatus({ wamid: 'wamid.X', status: 'delivered', now })],
    ['wa-status-failed.json', () => buildWhatsAppStatus({ wamid: 'wamid.X', status: 'failed', error: { code: 131047, title: 'Re-engagement message', message: 'Re-engagement message', details: 'More than 24 hours.' }, now })],
  ])('%s has the fixture shape', (fixture, build) => {
    expect(shapeOf(build())).toEqual(shapeOf(readFixture(fixture)));
  });

  it('routes to the simulated accounts and uses Meta timestamp units', () => {
    const ig = buildInstagramDm({ text: 'x', now });
    expect(ig.entry[0]).toMatchObject({ id: SIM.instagram.id, time: now.getTime(), messaging: [{ sender: { id: SIM.customers.instagram.id }, timestamp: now.getTime() }] });
    const comment = buildInstagramComment({ text: 'x', now });
    expect(comment.entry[0]!.time).toBe(now.getTime() / 1000);
    const wa = buildWhatsAppText({ body: 'x', now });
    const value = wa.entry[0]!.changes[0]!.value as unknown as { metadata: unknown; messages: { timestamp: string; from: string }[] };
    expect(value.metadata).toEqual({ display_phone_number: SIM.phone.display, phone_number_id: SIM.phone.id });
    expect(value.messages[0]).toMatchObject({ timestamp: String(now.getTime() / 1000), from: SIM.customers.whatsapp.id });
    expect(buildMessengerText({ text: 'x' }).entry[0]).toMatchObject({ id: SIM.page.id, messaging: [{ recipient: { id: SIM.page.id } }] });
  });

  it('gives every message a fresh id', () => {
    const mids = new Set(Array.from({ length: 50 }, () => buildInstagramDm({ text: 'x' }).entry[0]!.messaging[0]!.message.mid));
    const wamids = new Set(Array.from({ length: 50 }, () => (buildWhatsAppText({ body: 'x' }).entry[0]!.changes[0]!.value as unknown as { messages: { id: string }[] }).messages[0]!.id));
    expect(mids.size).toBe(50);
    expect(wamids.size).toBe(50);
    expect([...wamids][0]).toMatch(/^wamid\./);
  });
});

describe('signWebhookBody', () => {
  it('reproduces every fixture signature over the exact file bytes', () => {
    const { app_secret, signatures } = readFixture('signatures.json') as { app_secret: string; signatures: Record<string, string> };
    for (const [file, signature] of Object.entries(signatures)) {
      expect(signWebhookBody(readFileSync(path.join(fixturesDir, file)), app_secret)).toBe(signature);
    }
  });
});
