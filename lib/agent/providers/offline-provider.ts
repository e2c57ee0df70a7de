// The built-in offline responder: the default when no AI key is configured, and what CI and the
// evals run. Deterministic and grounded: it answers ONLY from request.grounding (the sources the
// engine retrieved, the booking link, the hours notice), never from the prompt text, in fixed
// phrases (en/de/fr/es, else English). When no source covers the question it answers the
// handoff marker, exactly like a model following the policy.
import { allStopWords } from '../engine/detect-language';
import { handoffMarker } from '../engine/build-prompt';
import type { Grounding, SourceRef } from '../engine/grounding';
import { classifyMessage } from '../engine/message-intent';
import { phrasesFor, type Phrases } from '../engine/phrases';
import { keyTerms } from '../engine/retrieve-sources';
import { stem, words } from '../engine/text-normalise';
import type { AgentProvider, GenerateRequest, GenerateResult } from './agent-provider';

export const offlineProviderLabel = 'Built-in offline responder (no AI key set)';
export const offlineModel = 'offline-grounded';

/** Rough token count (≈ 4 characters per token), so usage and caps behave like a real provider. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/** The 1–2 sentences of a passage that share the most words with the question, in their original order. */
export function bestSentences(passage: string, question: string, count = 2): string {
  const sentences = passage.match(/[^.!?\n]+[.!?]*/g)?.map((sentence) => sentence.trim()).filter(Boolean) ?? [];
  if (sentences.length <= count) return sentences.join(' ');
  // The question's key terms, so "…in your shop?" does not pick the sentences that say "shop".
  const terms = new Set(keyTerms(question).terms);
  const scored = sentences.map((sentence, index) => ({ index, sentence, score: words(sentence).map(stem).filter((word) => terms.has(word)).length }));
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index).slice(0, count);
  return chosen.sort((a, b) => a.index - b.index).map((entry) => entry.sentence).join(' ');
}

function withStop(sentence: string): string {
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

function renderSource(source: SourceRef, grounding: Grounding, phrases: Phrases): string {
  const details = source.details ?? {};
  switch (source.type) {
    case 'product':
      return [details.price ? phrases.price(source.title, details.price) : source.excerpt, details.description, details.url && phrases.moreAt(details.url)].filter(Boolean).join(' ');
    case 'offer':
      return [phrases.offer(withStop(details.text ?? source.excerpt)), details.code && phrases.offerCode(details.code), details.validUntil && phrases.validUntil(details.validUntil)].filter(Boolean).join(' ');
    case 'faq':
    case 'hours':
      return source.excerpt;
    case 'knowledge':
      return bestSentences(source.excerpt, grounding.question);
  }
}

/** The answer for one request: a pure function of the grounding. */
export function answerFromGrounding(grounding: Grounding): string {
  const phrases = phrasesFor(grounding.language);
  const intent = classifyMessage(grounding.question, allStopWords);
  const parts: string[] = [];
  if (grounding.asksIfAi) parts.push(phrases.aiYes(grounding.agentName));

  if (intent.factual) {
    const best = grounding.sources[0]?.score ?? 0;
    // Only sources nearly as good as the best one: a weak second match is noise, not an answer.
    const chosen = grounding.sources.filter((source) => source.score >= best * 0.6).slice(0, grounding.publicReply ? 1 : 2);
    const rendered = chosen.map((source) => renderSource(source, grounding, phrases)).filter(Boolean);
    if (rendered.length === 0 && !(intent.wantsBooking && grounding.bookingUrl)) return handoffMarker;
    if (rendered.some((_, index) => chosen[index]?.type === 'knowledge') && !grounding.publicReply) parts.push(phrases.found);
    parts.push(...rendered);
  } else if (!grounding.asksIfAi && !(intent.wantsBooking && grounding.bookingUrl)) {
    if (intent.greeting) parts.push(phrases.greeting);
    else if (intent.thanks) parts.push(phrases.thanks);
    else if (!intent.wantsBooking) return handoffMarker;
  }

  if (intent.wantsBooking) {
    if (!grounding.bookingUrl) return parts.length ? parts.join('\n\n') : handoffMarker;
    parts.push(phrases.booking(grounding.bookingUrl));
  }
  if (grounding.publicReply) parts.push(phrases.dmForDetails);
  else {
    // Echo a contact detail the customer gave (still a placeholder here; the engine un-redacts it).
    const contact = /\[(EMAIL|PHONE)_[a-z0-9]{6}\]/.exec(grounding.question)?.[0];
    if (contact) parts.push(phrases.contactNoted(contact));
  }
  if (!grounding.withinHours && grounding.outOfHoursNotice) parts.push(grounding.outOfHoursNotice);
  return parts.join('\n\n');
}

export function createOfflineProvider(): AgentProvider {
  return {
    id: 'offline',
    label: offlineProviderLabel,
    async generate(request: GenerateRequest): Promise<GenerateResult> {
      request.signal?.throwIfAborted();
      const text = answerFromGrounding(request.grounding);
      const input = request.system.length + request.messages.reduce((sum, message) => sum + message.content.length, 0);
      return { text, inputTokens: Math.ceil(input / 4), outputTokens: estimateTokens(text), model: offlineModel };
    },
    async testConnection() {
      // Nothing to connect to: the offline responder always works.
      return { model: offlineModel };
    },
  };
}
