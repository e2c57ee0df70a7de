import { describe, expect, it } from 'vitest';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { allStopWords, detectLanguage, replyLanguage } from '@/lib/agent/engine/detect-language';
import { checkHandoffRules, matchesTopic } from '@/lib/agent/engine/handoff-rules';
import { asksForHuman, classifyMessage } from '@/lib/agent/engine/message-intent';

const settings = () => {
  const base = defaultAgentSettings();
  return { ...base, handoff: { ...base.handoff, keywords: ['refund', 'réclamation'], topics: ['cancellation', 'legal advice'], maxUnresolvedTurns: 3 }, guardrails: { ...base.guardrails, maxRepliesPerHour: 5 } };
};
const check = (message: string, counts: { unresolvedTurns?: number; repliesInLastHour?: number } = {}) =>
  checkHandoffRules({ settings: settings(), message, unresolvedTurns: counts.unresolvedTurns ?? 0, repliesInLastHour: counts.repliesInLastHour ?? 0 })?.rule ?? null;

describe('checkHandoffRules', () => {
  it.each([
    'Can I talk to a real person?',
    'I want to speak to someone',
    'human please',
    'Give me an agent',
    'Ich will mit einem Menschen sprechen',
    'Quiero hablar con una persona',
    'Je veux parler à un humain',
    'Posso falar com um atendente?',
  ])('hands off when the customer asks for a person: %s', (message) => {
    expect(check(message)).toBe('asked_for_human');
  });

  it('does not treat the AI question as a request for a person', () => {
    expect(asksForHuman('Are you a human?')).toBe(false);
    expect(asksForHuman('Bist du ein Bot oder ein Mensch?')).toBe(false);
    expect(check('Are you a real person?')).toBeNull();
  });

  it('matches keywords on word boundaries, ignoring case and accents', () => {
    expect(check('I want a REFUND now')).toBe('keyword');
    expect(check('une reclamation svp')).toBe('keyword');
    expect(check('Is it refundable?')).toBeNull();
  });

  it('matches topics as phrases or by a shared word stem', () => {
    expect(check('How do I cancel my plan?')).toBe('topic');
    expect(check('I need legal advice')).toBe('topic');
    expect(matchesTopic('my cat is sick', 'cancellation')).toBe(false);
  });

  it('hands off after maxUnresolvedTurns unresolved turns, never when it is 0', () => {
    expect(check('hello', { unresolvedTurns: 2 })).toBeNull();
    expect(check('hello', { unresolvedTurns: 3 })).toBe('unresolved_turns');
    const noLimit = { ...settings(), handoff: { ...settings().handoff, maxUnresolvedTurns: 0 } };
    expect(checkHandoffRules({ settings: noLimit, message: 'hello', unresolvedTurns: 9, repliesInLastHour: 0 })).toBeNull();
  });

  it('applies the rate limit first, at maxRepliesPerHour replies', () => {
    expect(check('hello', { repliesInLastHour: 4 })).toBeNull();
    expect(check('I want a human and a refund', { repliesInLastHour: 5 })).toBe('rate_limit');
  });
});

describe('detectLanguage / replyLanguage', () => {
  it.each([
    ['How much is the shirt?', 'en'],
    ['Wie viel kostet das Hemd?', 'de'],
    ['Combien coûte la chemise ?', 'fr'],
    ['¿Cuánto cuesta la camisa?', 'es'],
    ['Quanto costa la camicia? Grazie', 'it'],
    ['Quanto custa a camisa? Obrigado', 'pt'],
    ['Hoeveel kost het overhemd?', 'nl'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('returns null without a signal and falls back to the configured language', () => {
    expect(detectLanguage('Linen 49')).toBeNull();
    const base = defaultAgentSettings();
    expect(replyLanguage({ languages: { replyInCustomerLanguage: true, fallback: 'fr' } }, 'Linen 49')).toBe('fr');
    expect(replyLanguage({ languages: { replyInCustomerLanguage: false, fallback: 'en' } }, 'Wie viel kostet das?')).toBe('en');
    expect(replyLanguage(base, 'Wie viel kostet das?')).toBe('de');
    expect(replyLanguage({ languages: { replyInCustomerLanguage: true, fallback: 'pt-BR' } }, 'Quanto custa a camisa?')).toBe('pt-BR');
  });
});

describe('classifyMessage', () => {
  it('separates small talk, the AI question and booking wishes from factual questions', () => {
    expect(classifyMessage('Hi there, thanks so much!', allStopWords)).toMatchObject({ greeting: true, thanks: true, factual: false });
    expect(classifyMessage('Are you a bot?', allStopWords)).toMatchObject({ asksIfAi: true, factual: false });
    expect(classifyMessage('¿Eres un robot?', allStopWords)).toMatchObject({ asksIfAi: true, factual: false });
    expect(classifyMessage('I want to book an appointment', allStopWords)).toMatchObject({ wantsBooking: true, factual: false });
    expect(classifyMessage('How much is the linen shirt?', allStopWords)).toMatchObject({ factual: true, contentWords: ['linen', 'shirt'] });
  });
});
