import { describe, expect, it } from 'vitest';
import { defaultAgentSettings, type AgentSettings } from '@/lib/agent/agent-settings.schema';
import { commentMatchesKeywords, decideAgentMode, initialHandling } from '@/lib/agent/runtime/decide-agent-mode';
import { derivedMessageId } from '@/lib/agent/runtime/run-agent-turn';

const channelId = '0190f5a8-0000-7000-8000-000000000001';
// A Tuesday at 12:00 UTC (inside the default Mon–Fri 9–17 hours) and a Sunday.
const weekday = new Date('2026-11-24T12:00:00Z');
const sunday = new Date('2026-11-29T12:00:00Z');
const settings = (patch: Partial<AgentSettings> = {}): AgentSettings => ({ ...defaultAgentSettings(), ...patch });
const override = (mode: 'inherit' | 'off' | 'draft' | 'auto') => [{ channelId, mode, instructions: '', introMessage: '' }];

describe('decideAgentMode', () => {
  it('follows the conversation handling when the channel answers', () => {
    expect(decideAgentMode({ settings: settings({ mode: 'draft' }), channelId, handling: 'ai_auto', now: weekday, capReached: false })).toEqual({ mode: 'auto', downgradedBy: null });
    expect(decideAgentMode({ settings: settings({ mode: 'auto' }), channelId, handling: 'ai_draft', now: weekday, capReached: false })).toEqual({ mode: 'draft', downgradedBy: null });
  });

  it('skips when the workspace or channel is off, or a human handles the conversation', () => {
    expect(decideAgentMode({ settings: settings({ mode: 'off' }), channelId, handling: 'ai_auto', now: weekday, capReached: false })).toEqual({ mode: 'skip', reason: 'agent_off' });
    expect(decideAgentMode({ settings: settings({ mode: 'auto', channelOverrides: override('off') }), channelId, handling: 'ai_auto', now: weekday, capReached: false })).toEqual({ mode: 'skip', reason: 'channel_off' });
    expect(decideAgentMode({ settings: settings({ mode: 'off', channelOverrides: override('auto') }), channelId, handling: 'ai_auto', now: weekday, capReached: false }).mode).toBe('auto');
    expect(decideAgentMode({ settings: settings({ mode: 'auto' }), channelId, handling: 'human', now: weekday, capReached: false })).toEqual({ mode: 'skip', reason: 'human_handling' });
  });

  it('downgrades auto to draft out of hours (draft_only) and at the cap', () => {
    const draftOnly = settings({ mode: 'auto', outOfHours: { mode: 'draft_only', notice: '' } });
    expect(decideAgentMode({ settings: draftOnly, channelId, handling: 'ai_auto', now: sunday, capReached: false })).toEqual({ mode: 'draft', downgradedBy: 'out_of_hours' });
    expect(decideAgentMode({ settings: draftOnly, channelId, handling: 'ai_auto', now: weekday, capReached: false })).toEqual({ mode: 'auto', downgradedBy: null });
    expect(decideAgentMode({ settings: settings({ mode: 'auto' }), channelId, handling: 'ai_auto', now: weekday, capReached: true })).toEqual({ mode: 'draft', downgradedBy: 'monthly_cap' });
    expect(decideAgentMode({ settings: settings({ mode: 'auto' }), channelId, handling: 'ai_draft', now: weekday, capReached: true })).toEqual({ mode: 'draft', downgradedBy: null });
  });
});

describe('initialHandling', () => {
  it('starts new conversations in the channel’s effective mode', () => {
    expect(initialHandling(settings({ mode: 'auto' }), channelId)).toBe('ai_auto');
    expect(initialHandling(settings({ mode: 'draft' }), channelId)).toBe('ai_draft');
    expect(initialHandling(settings({ mode: 'draft', channelOverrides: override('auto') }), channelId)).toBe('ai_auto');
    expect(initialHandling(settings({ mode: 'auto', channelOverrides: override('off') }), channelId)).toBe('ai_draft');
  });
});

describe('commentMatchesKeywords', () => {
  it('matches every comment with no keywords, else case-insensitive substrings', () => {
    expect(commentMatchesKeywords('anything', [])).toBe(true);
    expect(commentMatchesKeywords('What is the PRICE?', ['price'])).toBe(true);
    expect(commentMatchesKeywords('nice pic', ['price', 'link'])).toBe(false);
    expect(commentMatchesKeywords(null, ['price'])).toBe(false);
  });
});

describe('derivedMessageId', () => {
  it('is a stable UUID per run and purpose', () => {
    const id = derivedMessageId('0190f5a8-0000-7000-8000-00000000abcd', 'reply');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(derivedMessageId('0190f5a8-0000-7000-8000-00000000abcd', 'reply')).toBe(id);
    expect(derivedMessageId('0190f5a8-0000-7000-8000-00000000abcd', 'intro')).not.toBe(id);
  });
});
