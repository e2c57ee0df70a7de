// The playground's request parsing (conversation JSON, settings source, channel, comment switch)
// and the counters it derives from the conversation for the rate-limit and unresolved-turn rules.
import { describe, expect, it } from 'vitest';
import { playgroundAskSchema } from '@/app/(app)/agent/playground/playground.schema';
import { playgroundCounters } from '@/lib/agent/playground/playground-counters';

const turns = (list: unknown) => JSON.stringify(list);

describe('playgroundAskSchema', () => {
  it('parses the conversation and the switches', () => {
    const parsed = playgroundAskSchema.parse({
      turns: turns([{ role: 'customer', text: '  How much is the candle? ', at: '2026-06-01T10:00:00.000Z' }]),
      settingsSource: 'draft',
      draftSettings: '{}',
      channelId: '0190c7d2-6a4e-7000-8000-000000000001',
      commentThread: 'on',
    });
    expect(parsed.turns).toEqual([{ role: 'customer', text: 'How much is the candle?', at: '2026-06-01T10:00:00.000Z' }]);
    expect(parsed.commentThread).toBe(true);
    expect(playgroundAskSchema.parse({ turns: turns([{ role: 'customer', text: 'hi' }]), settingsSource: 'saved' }).commentThread).toBe(false);
  });

  it('refuses broken, empty, over-long or agent-last conversations with errors by path', () => {
    const errorsOf = (input: Record<string, unknown>) => {
      const result = playgroundAskSchema.safeParse({ settingsSource: 'saved', ...input });
      return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(errorsOf({ turns: '{nope' })).toEqual(['turns: The conversation could not be read. Reset the conversation.']);
    expect(errorsOf({ turns: turns([]) })).toEqual(['turns: Write a message.']);
    expect(errorsOf({ turns: turns([{ role: 'customer', text: '   ' }]) })).toEqual(['turns.0.text: Write a message.']);
    expect(errorsOf({ turns: turns([{ role: 'customer', text: 'hi' }, { role: 'business', text: 'hello' }]) })).toEqual(['turns: The last message must be the customer’s.']);
    expect(errorsOf({ turns: turns(Array.from({ length: 41 }, () => ({ role: 'customer', text: 'x' }))) })[0]).toContain('too long');
    expect(errorsOf({ turns: turns([{ role: 'customer', text: 'hi' }]), settingsSource: 'mine' })).toEqual(['settingsSource: Choose saved settings or unsaved changes.']);
    expect(errorsOf({ turns: turns([{ role: 'customer', text: 'hi' }]), channelId: 'b-channel' })).toEqual(['channelId: Choose a channel.']);
    expect(errorsOf({ turns: turns([{ role: 'customer', text: 'hi' }]), extra: '1' })[0]).toContain('Unrecognized key');
  });
});

describe('playgroundCounters', () => {
  const now = new Date('2026-06-01T12:00:00.000Z');
  it('counts agent replies in the last hour and the current run of unresolved replies', () => {
    const list = [
      { role: 'customer' as const, at: '2026-06-01T10:00:00.000Z' },
      { role: 'business' as const, at: '2026-06-01T10:00:05.000Z', unresolved: true },
      { role: 'customer' as const, at: '2026-06-01T11:30:00.000Z' },
      { role: 'business' as const, at: '2026-06-01T11:30:05.000Z', unresolved: false },
      { role: 'customer' as const, at: '2026-06-01T11:40:00.000Z' },
      { role: 'business' as const, at: '2026-06-01T11:40:05.000Z', unresolved: true },
      { role: 'customer' as const, at: '2026-06-01T11:50:00.000Z' },
      { role: 'business' as const, unresolved: true },
      { role: 'customer' as const },
    ];
    expect(playgroundCounters(list, now)).toEqual({ repliesInLastHour: 3, unresolvedTurns: 2 });
    expect(playgroundCounters([{ role: 'customer' }], now)).toEqual({ repliesInLastHour: 0, unresolvedTurns: 0 });
  });
});
