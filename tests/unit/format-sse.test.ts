import { describe, expect, it } from 'vitest';
import { formatSseComment, formatSseEvent, formatSseRetry, parseLastEventId } from '@/lib/realtime/format-sse';

describe('formatSseEvent', () => {
  it('writes id, event and one data line, ended by a blank line', () => {
    expect(formatSseEvent({ id: 42, event: 'message.created', data: { conversationId: 'c1', preview: 'hi' } })).toBe(
      'id: 42\nevent: message.created\ndata: {"conversationId":"c1","preview":"hi"}\n\n',
    );
  });

  it('keeps newlines inside JSON strings escaped, so data stays one line', () => {
    const out = formatSseEvent({ data: { preview: 'line one\nline two' } });
    expect(out).toBe('data: {"preview":"line one\\nline two"}\n\n');
  });

  it('splits a raw multi-line string into several data lines', () => {
    expect(formatSseEvent({ data: 'a\nb\r\nc' })).toBe('data: a\ndata: b\ndata: c\n\n');
  });

  it('cannot be broken by newlines in the id or event name', () => {
    expect(formatSseEvent({ id: '1\ndata: x', event: 'x\n\nevent: y', data: 1 })).toBe('id: 1 data: x\nevent: x  event: y\ndata: 1\n\n');
  });

  it('omits id and event when absent', () => {
    expect(formatSseEvent({ data: null })).toBe('data: null\n\n');
  });
});

describe('comments and retry', () => {
  it('formats a comment EventSource ignores', () => expect(formatSseComment('heartbeat')).toBe(': heartbeat\n\n'));
  it('formats retry in whole milliseconds', () => expect(formatSseRetry(2999.6)).toBe('retry: 3000\n\n'));
});

describe('parseLastEventId', () => {
  it.each([
    ['17', 17],
    [' 17 ', 17],
    ['0', 0],
    [null, null],
    [undefined, null],
    ['', null],
    ['-1', null],
    ['1.5', null],
    ['abc', null],
    ['9999999999999999', null],
  ])('%s → %s', (input, expected) => expect(parseLastEventId(input)).toBe(expected));
});
