import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { fillTemplateVariables, templateBodyText, templateVariableCount } from '@/lib/inbox/fill-template-variables';
import { outboundContentSchemaFor } from '@/lib/inbox/outbound-content.schema';
import { parseRange } from '@/lib/media/open-media-file';
import { mediaRule } from '@/lib/media/media-policy';
import { assertStorageKey } from '@/lib/storage/storage-key';

describe('outbound content schema', () => {
  it('trims text and refuses empty or whitespace-only text', () => {
    const schema = outboundContentSchemaFor('instagram');
    expect(schema.parse({ type: 'text', text: '  hi 👋 ' })).toEqual({ type: 'text', text: 'hi 👋' });
    expect(schema.safeParse({ type: 'text', text: '   ' }).success).toBe(false);
    expect(schema.safeParse({ type: 'text', text: '' }).success).toBe(false);
  });

  it.each([
    ['instagram', 1000],
    ['messenger', 1000],
    ['whatsapp', 4096],
  ] as const)('%s text may be %i characters, not one more', (channel, limit) => {
    const schema = outboundContentSchemaFor(channel);
    expect(schema.safeParse({ type: 'text', text: 'a'.repeat(limit) }).success).toBe(true);
    expect(schema.safeParse({ type: 'text', text: 'a'.repeat(limit + 1) }).success).toBe(false);
  });

  it('accepts media by http(s) link only, and templates with valid names', () => {
    const schema = outboundContentSchemaFor('whatsapp');
    expect(schema.safeParse({ type: 'media', kind: 'image', url: 'https://cdn.example/a.jpg' }).success).toBe(true);
    expect(schema.safeParse({ type: 'media', kind: 'image', url: 'file:///etc/passwd' }).success).toBe(false);
    expect(schema.parse({ type: 'template', name: 'order_update', language: 'en_US' })).toEqual({ type: 'template', name: 'order_update', language: 'en_US', variables: [] });
    expect(schema.safeParse({ type: 'template', name: 'Order Update', language: 'en_US', variables: [] }).success).toBe(false);
    expect(schema.safeParse({ type: 'template', name: 'x', language: 'en_US', variables: [' '] }).success).toBe(false);
    expect(schema.safeParse({ type: 'text', text: 'hi', extra: 1 }).success).toBe(false);
  });
});

describe('template variables', () => {
  const components = [{ type: 'HEADER', text: 'Hi' }, { type: 'BODY', text: 'Hello {{1}}, your order {{2}} ships {{ 2 }}.' }];

  it('finds the body and counts its placeholders', () => {
    expect(templateBodyText(components)).toBe('Hello {{1}}, your order {{2}} ships {{ 2 }}.');
    expect(templateVariableCount(templateBodyText(components))).toBe(2);
    expect(templateVariableCount('No variables')).toBe(0);
    expect(templateBodyText('not an array')).toBe('');
  });

  it('fills {{1}}..{{n}} in place', () => {
    expect(fillTemplateVariables('Hello {{1}}, your order {{2}} ships {{ 2 }}.', ['Ana', '#42'])).toBe('Hello Ana, your order #42 ships #42.');
    expect(fillTemplateVariables('Plain', [])).toBe('Plain');
  });

  it.each([[[]], [['Ana']], [['Ana', '#42', 'extra']]])('refuses the wrong number of variables (%j)', (variables) => {
    expect(() => fillTemplateVariables('Hello {{1}} {{2}}', variables)).toThrow(AppError);
    expect(() => fillTemplateVariables('Hello {{1}} {{2}}', variables)).toThrow(/needs 2 variables/);
  });
});

describe('media policy and storage keys', () => {
  it('allows listed types with per-kind limits and strips parameters', () => {
    expect(mediaRule('audio/ogg; codecs=opus')).toMatchObject({ mimeType: 'audio/ogg', kind: 'audio', maxBytes: 16 * 1024 * 1024 });
    expect(mediaRule('image/jpeg')).toMatchObject({ kind: 'image', maxBytes: 5 * 1024 * 1024 });
    expect(mediaRule('image/svg+xml')).toBeNull();
    expect(mediaRule('text/html')).toBeNull();
    expect(mediaRule(null)).toBeNull();
  });

  it('accepts only <uuid>/<uuid> keys', () => {
    const id = '0190e7a0-0000-7000-8000-000000000001';
    expect(() => assertStorageKey(`${id}/${id}`)).not.toThrow();
    for (const bad of [`../${id}`, `${id}/../${id}`, `${id}/${id}/x`, '/etc/passwd', `${id}\\${id}`, '']) expect(() => assertStorageKey(bad)).toThrow();
  });

  it('parses single byte ranges', () => {
    expect(parseRange(null, 100)).toBeNull();
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('invalid');
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
  });
});
