import { describe, expect, it } from 'vitest';
import { generateKeyringEntry, keyringSchema } from '@/lib/crypto/keyring';
import { filterCannedResponses, insertCannedResponse, parseSlashQuery } from '@/lib/inbox/canned-responses/parse-slash-query';
import { formatClock, formatRemaining } from '@/lib/inbox/format-window-countdown';
import { pickRecorderMimeType } from '@/lib/inbox/pick-recorder-mime-type';
import { mediaRule } from '@/lib/media/media-policy';
import { signOutboundMedia, verifyOutboundMedia } from '@/lib/media/outbound-media-signature';

describe('countdown formatting', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const plus = (s: number) => new Date(now.getTime() + s * 1000);
  it.each([
    [23 * 3600 + 12 * 60 + 59, '23h 12m'], [3 * 86400 + 5 * 3600, '3d 5h'], [86400 + 2 * 3600 + 60, '26h 1m'], [86400, '24h 0m'], [12 * 60, '12m'], [45, '45s'], [-10, '0s'],
  ])('%i seconds → %s', (seconds, text) => expect(formatRemaining(plus(seconds), now)).toBe(text));
  it('formats a recording clock', () => {
    expect(formatClock(7)).toBe('0:07');
    expect(formatClock(135)).toBe('2:15');
  });
});

describe('`/` query parsing', () => {
  it('finds the /word the caret is in, only at the start of a word', () => {
    expect(parseSlashQuery('/ho', 3)).toEqual({ query: 'ho', start: 0, end: 3 });
    expect(parseSlashQuery('Hi! /Hours please', 8)).toEqual({ query: 'hou', start: 4, end: 10 });
    expect(parseSlashQuery('see a/b', 7)).toBeNull();
    expect(parseSlashQuery('https://x.example/a', 19)).toBeNull();
    expect(parseSlashQuery('no slash', 3)).toBeNull();
    expect(parseSlashQuery('hi /', 4)).toEqual({ query: '', start: 3, end: 4 });
  });
  it('replaces the /word with the body and puts the caret after it', () => {
    const text = 'Hi /hou thanks';
    expect(insertCannedResponse(text, parseSlashQuery(text, 7)!, 'We open at 9.')).toEqual({ text: 'Hi We open at 9. thanks', caret: 17 });
  });
  it('ranks shortcut prefixes before body matches', () => {
    const items = [{ shortcut: 'address', body: 'Main street' }, { shortcut: 'hours', body: 'Open 9-17' }, { shortcut: 'shipping', body: 'Ships to your address' }];
    expect(filterCannedResponses(items, 'add').map((i) => i.shortcut)).toEqual(['address', 'shipping']);
    expect(filterCannedResponses(items, '').length).toBe(3);
  });
});

describe('outbound media signature', () => {
  const keyring = keyringSchema({ minBytes: 32 }).parse(`${generateKeyringEntry('s2', 48)},${generateKeyringEntry('s1', 48)}`);
  const id = '0193a0b0-0000-7000-8000-000000000001';
  const now = new Date('2026-01-01T00:00:00Z');
  const { exp, sig } = signOutboundMedia({ uploadId: id, expiresAt: new Date(now.getTime() + 60_000), keyring });
  it('verifies, and refuses tampering, other ids, unknown keys and expiry', () => {
    expect(sig.startsWith('s2.')).toBe(true);
    expect(verifyOutboundMedia({ uploadId: id, exp: String(exp), sig, keyring, now })).toBe('valid');
    expect(verifyOutboundMedia({ uploadId: id, exp: String(exp + 1), sig, keyring, now })).toBe('invalid');
    expect(verifyOutboundMedia({ uploadId: id.replace(/1$/, '2'), exp: String(exp), sig, keyring, now })).toBe('invalid');
    expect(verifyOutboundMedia({ uploadId: id, exp: String(exp), sig: sig.replace('s2.', 's9.'), keyring, now })).toBe('invalid');
    expect(verifyOutboundMedia({ uploadId: id, exp: null, sig, keyring, now })).toBe('invalid');
    expect(verifyOutboundMedia({ uploadId: id, exp: String(exp), sig, keyring, now: new Date(now.getTime() + 61_000) })).toBe('expired');
  });
  it('an older key in the ring still verifies (rotation)', () => {
    const old = keyringSchema({ minBytes: 32 }).parse([...keyring.all].reverse().map(([k, v]) => `${k}:${v.toString('base64url')}`).join(','));
    const signed = signOutboundMedia({ uploadId: id, expiresAt: new Date(now.getTime() + 60_000), keyring: old });
    expect(signed.sig.startsWith('s1.')).toBe(true);
    expect(verifyOutboundMedia({ uploadId: id, ...{ exp: String(signed.exp), sig: signed.sig }, keyring, now })).toBe('valid');
  });
});

describe('voice recorder type', () => {
  it('prefers OGG/Opus, then MP4; WebM-only browsers get a reason; every pick passes the media policy', () => {
    expect(pickRecorderMimeType(() => true)).toEqual({ mimeType: 'audio/ogg;codecs=opus' });
    // Debian's Chromium 156: audio/mp4 and audio/webm, no OGG.
    const chromium = pickRecorderMimeType((t) => t.startsWith('audio/mp4') || t.startsWith('audio/webm'));
    expect(chromium).toEqual({ mimeType: 'audio/mp4' });
    expect(mediaRule(chromium.mimeType)).toMatchObject({ kind: 'audio' });
    expect(mediaRule('audio/ogg;codecs=opus')).toMatchObject({ kind: 'audio' });
    expect(pickRecorderMimeType((t) => t.startsWith('audio/webm'))).toMatchObject({ mimeType: null, reason: expect.stringMatching(/WebM/) });
    expect(mediaRule('audio/webm')).toBeNull();
  });
});
