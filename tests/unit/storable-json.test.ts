// What Postgres text/jsonb cannot hold becomes U+FFFD; nesting past the limit is refused, never
// walked recursively; clean values come back untouched.
import { describe, expect, it } from 'vitest';
import { MAX_UNIT_DEPTH, storableJson, storableText } from '@/lib/meta/webhooks/storable-json';

const nested = (levels: number) => JSON.parse('['.repeat(levels) + ']'.repeat(levels)) as unknown;

describe('storableText', () => {
  it('replaces NUL and lone surrogates, keeps surrogate pairs and everything else', () => {
    expect(storableText('a\u0000b')).toBe('a\uFFFDb');
    expect(storableText('\ud83d')).toBe('\uFFFD');
    expect(storableText('x\udc00y\ud800')).toBe('x\uFFFDy\uFFFD');
    expect(storableText('\udc00\ud83d')).toBe('\uFFFD\uFFFD');
    expect(storableText('ok 😀 \u202e \uFEFF')).toBe('ok 😀 \u202e \uFEFF');
    expect(storableText('\ud83d\ud83d\ude00')).toBe('\uFFFD😀');
  });
});

describe('storableJson', () => {
  it('returns a clean value as the same object', () => {
    const value = { entry: [{ id: '1', text: 'hi 😀' }] };
    expect(storableJson(value)).toEqual({ ok: true, value });
    expect((storableJson(value) as { value: unknown }).value).toBe(value);
  });

  it('cleans keys and strings at any allowed depth', () => {
    expect(storableJson({ 'k\u0000': ['\ud83d', { '\udc00': 'x\u0000' }], n: 1, b: null })).toEqual({ ok: true, value: { 'k\uFFFD': ['\uFFFD', { '\uFFFD': 'x\uFFFD' }], n: 1, b: null } });
  });

  it(`accepts ${MAX_UNIT_DEPTH} levels and refuses one more`, () => {
    expect(storableJson(nested(MAX_UNIT_DEPTH)).ok).toBe(true);
    expect(storableJson(nested(MAX_UNIT_DEPTH + 1))).toEqual({ ok: false, reason: `Nested deeper than ${MAX_UNIT_DEPTH} levels` });
  });

  it('refuses 100,000 levels without overflowing the stack', () => {
    expect(storableJson({ a: nested(100_000) }).ok).toBe(false);
  });
});
