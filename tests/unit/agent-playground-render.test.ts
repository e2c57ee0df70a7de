// The playground's answer card and conversation helpers (server render, no browser): reply vs
// handoff with its rule, sources, provider/model, tokens and cost, the prompt preview with
// redaction placeholders, and the turns sent back to the server.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PlaygroundAnswerView, formatCostMicros } from '@/components/agent/playground-answer';
import { PlaygroundChat, describeFieldErrors, entriesToTurns, type Entry } from '@/components/agent/playground-chat';
import type { ComposeResult } from '@/lib/agent/engine/compose-reply.types';
import type { PlaygroundAnswer } from '@/lib/agent/playground/run-playground-turn';

const usage = { inputTokens: 1234, outputTokens: 56, costMicros: 420 };
const prompt = {
  system: 'You are Mila, the assistant of Candle shop.\nProducts:\n- Soy candle: 19.90 EUR',
  messages: [{ role: 'user' as const, content: 'My email is [EMAIL_1], how much is the soy candle?' }],
  redactions: [{ placeholder: '[EMAIL_1]', kind: 'email' as const }],
};
const reply: ComposeResult = {
  action: 'reply', text: 'The soy candle is €19.90.', grounding: 0.8, unresolved: false, prompt, usage, provider: 'openai', model: 'gpt-4o-mini',
  sources: [{ type: 'product', id: 'product:0', title: 'Soy candle', excerpt: 'Soy candle — 19.90 EUR. Hand-poured.', score: 0.9 }],
};
const answer = (result: ComposeResult): PlaygroundAnswer => ({ result, providerLabel: 'OpenAI · gpt-4o-mini (workspace key)', settingsSource: 'draft', savedVersion: null, channel: null, conversationKind: 'direct' });

describe('PlaygroundAnswerView', () => {
  it('shows the reply, sources, provider, model, tokens, cost and the exact prompt', () => {
    const html = renderToStaticMarkup(createElement(PlaygroundAnswerView, { answer: answer(reply) }));
    expect(html).toContain('The soy candle is €19.90.');
    expect(html).toContain('Product</span>');
    expect(html).toContain('Soy candle — 19.90 EUR. Hand-poured.');
    expect(html).toContain('OpenAI · gpt-4o-mini (workspace key)');
    expect(html).toContain('1,234 in · 56 out');
    expect(html).toContain('$0.00042');
    expect(html).toContain('80%');
    expect(html).toContain('<summary');
    expect(html).toContain('Prompt preview');
    expect(html).toContain('Products:\n- Soy candle: 19.90 EUR');
    expect(html).toContain('My email is [EMAIL_1], how much is the soy candle?');
    expect(html).toContain('<code>[EMAIL_1]</code> — email');
  });

  it('shows which handoff rule fired and why, and a provider failure as an alert', () => {
    const handoff: ComposeResult = { action: 'handoff', rule: 'asked_for_human', reason: 'The customer asked to talk to a person.', customerMessage: 'A teammate will take it from here.', sources: [], prompt: null, usage: { inputTokens: 0, outputTokens: 0, costMicros: 0 }, provider: 'offline', model: 'offline-grounded' };
    const html = renderToStaticMarkup(createElement(PlaygroundAnswerView, { answer: answer(handoff) }));
    expect(html).toContain('Handed off to a person — rule: The customer asked for a person');
    expect(html).toContain('asked_for_human');
    expect(html).toContain('Why: The customer asked to talk to a person.');
    expect(html).toContain('A teammate will take it from here.');
    expect(html).toContain('No sources used.');
    expect(html).toContain('Nothing was sent to a model');
    expect(html).not.toContain('role="alert"');

    const failed = renderToStaticMarkup(createElement(PlaygroundAnswerView, { answer: answer({ ...handoff, rule: 'provider_error', reason: 'OpenAI rejected the API key (401).', customerMessage: null }) }));
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('OpenAI rejected the API key (401).');
    expect(failed).toContain('The customer is not sent anything');
  });

  it('formats costs in dollars', () => {
    expect(formatCostMicros(0)).toBe('$0.00');
    expect(formatCostMicros(1234)).toBe('$0.001234');
    expect(formatCostMicros(2_500_000)).toBe('$2.50');
  });
});

describe('playground conversation', () => {
  it('sends customer turns and agent replies back, with handoff messages and without errors', () => {
    const entries: Entry[] = [
      { kind: 'customer', id: 1, text: 'How much?', at: '2026-06-01T10:00:00.000Z' },
      { kind: 'agent', id: 2, at: '2026-06-01T10:00:02.000Z', answer: answer({ ...reply, unresolved: true }) },
      { kind: 'customer', id: 3, text: 'Human please', at: '2026-06-01T10:01:00.000Z' },
      { kind: 'agent', id: 4, at: '2026-06-01T10:01:01.000Z', answer: answer({ action: 'handoff', rule: 'asked_for_human', reason: 'r', customerMessage: 'A teammate will reply.', sources: [], prompt: null, usage, provider: 'offline', model: 'm' }) },
      { kind: 'customer', id: 5, text: 'Still there?', at: '2026-06-01T10:02:00.000Z' },
      { kind: 'error', id: 6, message: 'boom', details: [] },
    ];
    expect(entriesToTurns(entries)).toEqual([
      { role: 'customer', text: 'How much?', at: '2026-06-01T10:00:00.000Z' },
      { role: 'business', text: 'The soy candle is €19.90.', at: '2026-06-01T10:00:02.000Z', unresolved: true },
      { role: 'customer', text: 'Human please', at: '2026-06-01T10:01:00.000Z' },
      { role: 'business', text: 'A teammate will reply.', at: '2026-06-01T10:01:01.000Z', unresolved: false },
      { role: 'customer', text: 'Still there?', at: '2026-06-01T10:02:00.000Z' },
    ]);
  });

  it('lists draft errors by settings path', () => {
    expect(describeFieldErrors({ 'draftSettings.products.0.price': ['EUR prices have at most 2 decimals.'], draftSettings: ['No unsaved changes found.'] })).toEqual([
      'products.0.price: EUR prices have at most 2 decimals.',
      'settings: No unsaved changes found.',
    ]);
  });

  it('renders the empty conversation with its options (unsaved changes are read after hydration)', () => {
    const html = renderToStaticMarkup(
      createElement(PlaygroundChat, { action: async () => ({ ok: false as const, error: '' }), channels: [{ id: 'c1', label: 'Instagram · Demo', type: 'instagram' as const }], draftKey: 'k', savedVersion: 3, initialSource: 'draft' as const }),
    );
    expect(html).toContain('Saved settings (version 3)');
    expect(html).toContain('Unsaved changes from Settings');
    expect(html).toContain('Reading unsaved changes…');
    expect(html).toContain('Instagram · Demo');
    expect(html).toContain('role="switch"');
    expect(html).toContain('Comment thread');
    expect(html).toContain('Nothing is stored or sent to Meta.');
    expect(html).toContain('Reset conversation');
  });
});
