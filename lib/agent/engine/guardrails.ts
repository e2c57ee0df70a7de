// Checks on the provider's reply before anyone sees it: blocked phrases, promises not backed by
// an active offer (discounts, percentages, codes, free items), leaked prompts, and AI honesty.
// A failed check becomes a handoff (the reply is never sent); honesty is corrected instead,
// because the right answer ("yes, I'm an AI") is known.
import type { Offer } from '../agent-settings.schema';
import type { HandoffRule } from './compose-reply.types';
import { policyHeading } from './build-prompt';
import type { Phrases } from './phrases';
import { containsPhrase, normalise, words } from './text-normalise';

export type GuardrailViolation = { rule: Extract<HandoffRule, 'blocked_content' | 'unsafe_promise' | 'prompt_injection'>; reason: string };

export function findBlockedPhrase(reply: string, blockedPhrases: readonly string[]): string | null {
  return blockedPhrases.find((phrase) => containsPhrase(reply, phrase)) ?? null;
}

// Words that promise money off or something for free, in our languages (accent-free).
const promiseWords = 'discount discounts discounted off coupon voucher free gratis kostenlos umsonst rabatt gutschein descuento descuentos gratuito gratuita cupon reduction remise gratuit gratuite offert sconto gratuito omaggio desconto cupom gratuito korting'.split(' ');
const codeLead = /\b(?:code|coupon|voucher|gutschein|codigo|código|cupon|cupón|codice|cupom|kortingscode|rabattcode|gutscheincode)\b\s*[:=]?\s*["'“„]?([A-Za-z0-9][A-Za-z0-9_-]{2,})/giu;
const percentPattern = /(\d{1,3}(?:[.,]\d+)?)\s?(%|percent|prozent|por ?ciento|pour ?cent|per ?cento|por ?cento|procent)/giu;

/**
 * Promises in `reply` that no active offer backs: a percentage that is in no active offer, a code
 * that is not an active offer's code (an expired one included), or a discount/free word when the
 * reply names no active offer and the phrase is not in the facts the model was given ("free
 * returns" from the FAQ is fine; "free shipping" out of nowhere is not).
 */
export function findUnsafePromise(options: { reply: string; activeOffers: readonly Offer[]; allOffers: readonly Offer[]; facts: string }): string | null {
  const { reply, activeOffers } = options;
  const normalReply = normalise(reply);
  const offerTexts = activeOffers.map((offer) => normalise(`${offer.text} ${offer.code}`));
  const activeCodes = new Set(activeOffers.map((offer) => offer.code.toLowerCase()).filter(Boolean));

  for (const offer of options.allOffers) {
    if (offer.code && !activeCodes.has(offer.code.toLowerCase()) && containsPhrase(reply, offer.code)) return `The reply uses the code "${offer.code}", which is not an active offer.`;
  }
  for (const match of reply.matchAll(codeLead)) {
    const code = match[1]!;
    if (!activeCodes.has(code.toLowerCase()) && /\d|^[A-Z0-9_-]+$/.test(code)) return `The reply gives the code "${code}", which is not an active offer's code.`;
  }
  for (const match of reply.matchAll(percentPattern)) {
    const number = match[1]!.replace(',', '.');
    const backed = offerTexts.some((text) => new RegExp(`(^|[^\\d.])${number.replace('.', '[.,]')}\\s?(%|percent|prozent|por ?ciento|pour ?cent|per ?cento|por ?cento|procent)`).test(text));
    if (!backed) return `The reply promises ${match[0].trim()}, which no active offer backs.`;
  }
  const mentionsActiveOffer = activeOffers.some((offer) => (offer.code && containsPhrase(reply, offer.code)) || normalReply.includes(normalise(offer.text).slice(0, 40)));
  if (mentionsActiveOffer) return null;
  const replyWords = words(reply);
  const normalFacts = normalise(options.facts);
  for (let index = 0; index < replyWords.length; index++) {
    const word = replyWords[index]!;
    if (!promiseWords.includes(word)) continue;
    // "off" is only a promise after a number ("20 off") or as "for free"-like phrases; skip bare "off".
    if (word === 'off' && !/^\d/.test(replyWords[index - 1] ?? '')) continue;
    const phrase = [word, replyWords[index + 1]].filter(Boolean).join(' ');
    const previousPhrase = [replyWords[index - 1], word].filter(Boolean).join(' ');
    if (!normalFacts.includes(phrase) && !normalFacts.includes(previousPhrase)) return `The reply promises "${phrase}", which no active offer or fact backs.`;
  }
  return null;
}

/** A reply that quotes the policy block or a long stretch of the system prompt means the injection worked. */
export function leaksPrompt(reply: string, system: string): boolean {
  if (reply.includes(policyHeading) || /\[\[HANDOFF\]\]/.test(reply)) return true;
  const normalReply = normalise(reply).replace(/\s+/g, ' ');
  const lines = system.split('\n').map((line) => normalise(line).replace(/\s+/g, ' ').trim()).filter((line) => line.length >= 80 && !line.startsWith('- ') && !line.startsWith('['));
  return lines.some((line) => normalReply.includes(line.slice(0, 80)));
}

const affirmsAi = /\b(ai|a\.i|ki|ia|bot|chatbot|robot|robo|artificial|kunstliche|kunstmatige|virtual assistant|virtueller assistent|asistente virtual|assistant virtuel|assistente virtuale|assistente virtual)\b/;
const deniesAi = /\b(i am|i m|im) (a |an )?(real |actual )?(human|person)\b|\bnot (a |an )?(bot|ai|robot)\b|\bich bin (ein )?mensch\b|\bkein(e)? (bot|ki|roboter)\b|\bje suis (un |une )?(humain|personne)\b|\bpas (un )?(robot|bot)\b|\bsoy (un |una )?(humano|persona)\b|\bno soy (un )?(bot|robot)\b/;

/**
 * AI honesty: when the customer asked whether they talk to an AI and the reply does not say so,
 * the reply is corrected with a clear "yes, I'm an AI assistant" line in their language; a reply
 * that claims to be human is replaced by that line entirely.
 */
export function enforceAiHonesty(options: { reply: string; asksIfAi: boolean; phrases: Phrases; agentName: string }): { text: string; corrected: boolean } {
  if (!options.asksIfAi) return { text: options.reply, corrected: false };
  const normal = normalise(options.reply).replace(/[^\p{L}\p{N}.]+/gu, ' ');
  const line = options.phrases.aiYes(options.agentName);
  if (deniesAi.test(normal)) return { text: line, corrected: true };
  if (affirmsAi.test(normal)) return { text: options.reply, corrected: false };
  return { text: `${line}\n\n${options.reply}`.trim(), corrected: true };
}
