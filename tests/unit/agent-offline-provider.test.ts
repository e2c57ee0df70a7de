import { describe, expect, it } from 'vitest';
import type { Grounding, SourceRef } from '@/lib/agent/engine/grounding';
import { answerFromGrounding, bestSentences, createOfflineProvider, offlineProviderLabel } from '@/lib/agent/providers/offline-provider';

const grounding = (overrides: Partial<Grounding>): Grounding => ({
  question: '',
  language: 'en',
  sources: [],
  agentName: 'Ava',
  bookingUrl: '',
  withinHours: true,
  outOfHoursNotice: '',
  asksIfAi: false,
  ...overrides,
});
const product: SourceRef = { type: 'product', id: 'product:0', title: 'Linen Shirt', excerpt: 'Linen Shirt — €49.00.', score: 1, details: { price: '€49.00', description: 'Breathable.', url: 'https://shop.example/linen' } };
const offer: SourceRef = { type: 'offer', id: 'offer:0', title: 'LINEN10', excerpt: '10% off', score: 0.9, details: { text: '10% off linen shirts', code: 'LINEN10', validUntil: '2026-12-31' } };

describe('answerFromGrounding', () => {
  it('answers a product question with name, price, description and link', () => {
    expect(answerFromGrounding(grounding({ question: 'How much is the linen shirt?', sources: [product] }))).toBe(
      'Linen Shirt costs €49.00. Breathable. More details: https://shop.example/linen',
    );
  });

  it('answers offers with text, code and end date, in German when asked in German', () => {
    expect(answerFromGrounding(grounding({ question: 'Gibt es Rabatt?', language: 'de', sources: [offer] }))).toBe('Aktuelles Angebot: 10% off linen shirts. Code: LINEN10. Gültig bis 2026-12-31.');
  });

  it('uses only sources close to the best one', () => {
    const weak: SourceRef = { ...product, id: 'product:1', title: 'Tote', score: 0.3, details: { price: '€19.90' } };
    expect(answerFromGrounding(grounding({ question: 'How much is the linen shirt?', sources: [product, weak] }))).not.toContain('Tote');
  });

  it('quotes the best sentences of a knowledge passage', () => {
    const passage: SourceRef = { type: 'knowledge', id: 'c1', title: 'care.md', excerpt: 'Our shirts are made in Portugal. Wash linen at 30 degrees. Iron damp. We love linen.', score: 0.8 };
    expect(answerFromGrounding(grounding({ question: 'How do I wash linen?', sources: [passage] }))).toBe("Here's what I found:\n\nWash linen at 30 degrees. We love linen.");
  });

  it('says yes to the AI question, greets, thanks, and gives the booking link', () => {
    expect(answerFromGrounding(grounding({ question: 'Are you a bot?', asksIfAi: true }))).toBe("Yes, I'm an AI assistant (Ava). A teammate can take over whenever you like.");
    expect(answerFromGrounding(grounding({ question: 'Hola', language: 'es' }))).toBe('¡Hola! ¿En qué puedo ayudarte?');
    expect(answerFromGrounding(grounding({ question: 'Merci !', language: 'fr' }))).toBe('Avec plaisir ! Puis-je vous aider pour autre chose ?');
    expect(answerFromGrounding(grounding({ question: 'Can I book a call?', bookingUrl: 'https://cal.com/x' }))).toBe('You can book here: https://cal.com/x');
  });

  it('falls back to English phrases for languages without a phrase set', () => {
    expect(answerFromGrounding(grounding({ question: 'Ciao', language: 'it' }))).toBe('Hi! How can I help you today?');
  });

  it('adds the out-of-hours notice and echoes a contact placeholder in direct messages only', () => {
    const direct = answerFromGrounding(grounding({ question: 'Price of the linen shirt? Mail me at [EMAIL_k3f9x2]', sources: [product], withinHours: false, outOfHoursNotice: 'Back Monday.' }));
    expect(direct).toContain('a teammate can reach you at [EMAIL_k3f9x2].');
    expect(direct.endsWith('Back Monday.')).toBe(true);
    const comment = answerFromGrounding(grounding({ question: 'Price of the linen shirt? [EMAIL_k3f9x2]', sources: [product], publicReply: true }));
    expect(comment).not.toContain('[EMAIL_k3f9x2]');
    expect(comment).toContain('Send us a direct message');
  });

  it('answers the handoff marker when nothing covers the question', () => {
    expect(answerFromGrounding(grounding({ question: 'Do you sell bikes?' }))).toBe('[[HANDOFF]]');
    expect(answerFromGrounding(grounding({ question: 'Book a call', bookingUrl: '' }))).toBe('[[HANDOFF]]');
  });
});

describe('createOfflineProvider', () => {
  it('is labelled, estimates tokens at ~4 characters each and always passes the connection test', async () => {
    const provider = createOfflineProvider();
    expect(provider.id).toBe('offline');
    expect(provider.label).toBe(offlineProviderLabel);
    const result = await provider.generate({ system: 'x'.repeat(400), messages: [{ role: 'user', content: 'Hi!!' }], model: 'm', maxOutputTokens: 100, temperature: 0, grounding: grounding({ question: 'Hi!!' }) });
    expect(result).toEqual({ text: 'Hi! How can I help you today?', inputTokens: 101, outputTokens: 8, model: 'offline-grounded' });
    await expect(provider.testConnection({ model: 'any' })).resolves.toEqual({ model: 'offline-grounded' });
  });

  it('respects an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(createOfflineProvider().generate({ system: '', messages: [], model: 'm', maxOutputTokens: 1, temperature: 0, signal: controller.signal, grounding: grounding({}) })).rejects.toThrow();
  });

  it('picks sentences by overlap with the question', () => {
    expect(bestSentences('A cat. Dogs bark loudly. Linen is washed cold.', 'how is linen washed', 1)).toBe('Linen is washed cold.');
  });
});
