import { describe, expect, it } from 'vitest';
import { alertFor } from '@/components/inbox/desktop-alerts';
import { mentionQueryAt } from '@/components/inbox/note-form';
import { resolveMentions } from '@/lib/inbox/notes/resolve-mentions';

const members = [
  { userId: 'sam', name: 'Sam' },
  { userId: 'samlee', name: 'Sam Lee' },
  { userId: 'ana', name: 'Ana Łukasz' },
  { userId: 'ana2', name: 'Ana Łukasz' },
];

describe('resolveMentions', () => {
  it('prefers the longest name and needs a word boundary', () => {
    expect(resolveMentions('@Sam Lee can you check?', members)).toEqual(['samlee']);
    expect(resolveMentions('@Sam, and @sam lee.', members).sort()).toEqual(['sam', 'samlee']);
    expect(resolveMentions('@Samantha hi', members)).toEqual([]);
    expect(resolveMentions('mail sam@example.com', members)).toEqual([]);
  });

  it('uses the hinted id for two members with one name, and ignores hints without an @Name', () => {
    expect(resolveMentions('ping @ana łukasz', members, ['ana2'])).toEqual(['ana2']);
    expect(resolveMentions('no mention here', members, ['sam'])).toEqual([]);
    expect(resolveMentions('@Sam', members, ['someone-else'])).toEqual(['sam']);
  });
});

describe('mentionQueryAt', () => {
  it('finds the @query just before the caret', () => {
    expect(mentionQueryAt('hello @Sa', 9)).toEqual({ start: 6, query: 'Sa' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('mail sam@exa', 12)).toBeNull();
    expect(mentionQueryAt('@Sam\nnext', 9)).toBeNull();
  });
});

describe('alertFor', () => {
  const event = (type: string, data: Record<string, unknown>) => ({ id: '1', type, data });
  it('alerts for inbound messages and for notes mentioning me (not my own)', () => {
    expect(alertFor(event('message.created', { direction: 'inbound', preview: 'Hi' }), 'me')).toEqual({ title: 'New message', body: 'Hi' });
    expect(alertFor(event('message.created', { direction: 'outbound', preview: 'Hi' }), 'me')).toBeNull();
    expect(alertFor(event('note.created', { mentionedIds: ['me'], authorId: 'sam', authorName: 'Sam', preview: '@Me look' }), 'me')).toEqual({ title: 'Sam mentioned you', body: '@Me look' });
    expect(alertFor(event('note.created', { mentionedIds: ['other'], authorId: 'sam' }), 'me')).toBeNull();
    expect(alertFor(event('note.created', { mentionedIds: ['me'], authorId: 'me' }), 'me')).toBeNull();
  });
});
