// composeReply: the agent's brain for one customer message. Pure apart from the injected knowledge
// search and provider call, so the job, the playground and the eval harness share it.
//
//   language → pre-provider handoff rules → retrieval (+ low grounding) → prompt → redaction →
//   provider → [[HANDOFF]] marker → un-redaction → guardrails (blocked phrases, unsafe promises,
//   leaked prompt) → AI honesty → out-of-hours notice → public-reply checks → usage
//
// Errors: a ProviderError becomes a provider_error handoff (the job decides about retries from
// the run record); a failing knowledge search or an abort propagates, so the job retries and
// nothing is lost.
import { activeOffers, isWithinBusinessHours } from '../agent-settings.schema';
import { isProviderError, type ChatMessage } from '../providers/agent-provider';
import { buildMessages, buildSystemPrompt, handoffMarker } from './build-prompt';
import type { ComposeInput, ComposeResult, HandoffRule, PromptPreview, Usage } from './compose-reply.types';
import { allStopWords, replyLanguage } from './detect-language';
import type { Grounding, SourceRef } from './grounding';
import { enforceAiHonesty, findBlockedPhrase, findUnsafePromise, leaksPrompt } from './guardrails';
import { checkHandoffRules } from './handoff-rules';
import { classifyMessage } from './message-intent';
import { phrasesFor } from './phrases';
import { detectPromptInjection, withoutInjection } from './prompt-injection';
import { containsPersonalData, createRedactor, placeholderPattern, type RedactionOrigin } from './redact';
import { retrieveSources } from './retrieve-sources';
import { normalise } from './text-normalise';

const zeroUsage: Usage = { inputTokens: 0, outputTokens: 0, costMicros: 0 };
/** Public comment replies stay short whatever the model writes. */
const publicReplyMaxChars = 400;
const uncertain = /\b(not sure|don t know|do not know|no idea|cannot help|can t help|weiss nicht|nicht sicher|je ne sais pas|pas sur|no lo se|no estoy seguro)\b/;

function trimToSentences(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const sentences = text.match(/[^.!?\n]+[.!?]*\s*/g) ?? [text];
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).length > maxChars) break;
    out += sentence;
  }
  return (out || text.slice(0, maxChars - 1) + '…').trim();
}

const originOf = (source: SourceRef): RedactionOrigin => `source:${source.type}:${source.id}`;

function redactSource(source: SourceRef, redact: (text: string, origin: RedactionOrigin) => string): SourceRef {
  const origin = originOf(source);
  const details = source.details && Object.fromEntries(Object.entries(source.details).map(([key, value]) => [key, value ? redact(value, origin) : value]));
  return { ...source, title: redact(source.title, origin), excerpt: redact(source.excerpt, origin), ...(details ? { details } : {}) };
}

export async function composeReply(input: ComposeInput): Promise<ComposeResult> {
  const { settings, provider, model, now } = input;
  const last = input.turns.at(-1);
  if (!last || last.role !== 'customer') throw new TypeError('composeReply needs the customer message as the last turn.');
  const message = last.text;
  const language = replyLanguage(settings, message);
  const phrases = phrasesFor(language);
  const injection = detectPromptInjection(message);
  const meta = { provider: provider.id, model, language, promptInjection: injection };

  const handoff = (rule: HandoffRule, reason: string, extra: { customerMessage?: string | null; prompt?: PromptPreview | null; usage?: Usage } = {}): ComposeResult => ({
    action: 'handoff',
    rule,
    reason,
    // Rate limit and provider errors stay silent: more messages are the problem, or the job may retry.
    customerMessage: extra.customerMessage !== undefined ? extra.customerMessage : rule === 'rate_limit' || rule === 'provider_error' ? null : phrases.handoff,
    // A handoff answers nothing, so it used no source: listing the passages that were retrieved
    // (or sent to the model) under "a teammate will get back to you" would claim otherwise. The
    // prompt preview still shows what the model saw.
    sources: [],
    prompt: extra.prompt ?? null,
    usage: extra.usage ?? zeroUsage,
    ...meta,
  });

  // 1. Rules that need no model (and spend nothing).
  const early = checkHandoffRules({ settings, message, unresolvedTurns: input.unresolvedTurns, repliesInLastHour: input.repliesInLastHour });
  if (early) return handoff(early.rule, early.reason);

  // 2. Retrieval and grounding, on the message without its personal data: an email address is
  // not a topic, and the search query never carries it.
  const redactor = createRedactor();
  // Injection phrases are not a question either ("ignore your instructions" would match nothing
  // and drag the grounding down); what is left is answered, under every guardrail.
  const withoutPersonalData = redactor.redact(message).replace(placeholderPattern, ' ');
  const query = injection ? withoutInjection(withoutPersonalData) : withoutPersonalData;
  const intent = classifyMessage(query, allStopWords);
  const sources = await retrieveSources({ settings, now, language, query, searchKnowledge: input.searchKnowledge });
  const best = sources[0]?.score ?? 0;
  // Small talk, the AI question and a booking wish (with a booking link) need no sources.
  const needsSources = intent.factual && !(intent.wantsBooking && settings.bookingUrl);
  if (needsSources && best < settings.handoff.minGrounding) {
    return handoff('low_grounding', `No product, offer, FAQ entry or knowledge passage covers the question well enough (best match ${best.toFixed(2)}, minimum ${settings.handoff.minGrounding}).`, {
      customerMessage: phrases.lowGrounding,
    });
  }

  // 3. Prompt, redacted: the preview is exactly what the provider receives. Redaction is for
  // personal data of people other than the business: the conversation and uploaded documents
  // (which may quote customers). What the owner configured as facts — products, offers, FAQ,
  // hours, instructions — is sent as written ("Candle No. 4711123" is a name, not a phone).
  const withinHours = isWithinBusinessHours(settings.businessHours, now);
  const outOfHoursNotice = !withinHours && settings.outOfHours.mode === 'reply_with_notice' ? settings.outOfHours.notice : '';
  const publicReply = input.conversationKind === 'comment_thread';
  const promptSources = sources.map((source) => (source.type === 'knowledge' ? redactSource(source, redactor.redact) : source));
  const system = buildSystemPrompt({ settings, channel: input.channel, conversationKind: input.conversationKind, now, language, sources: promptSources, withinHours, outOfHoursNotice });
  const messages: ChatMessage[] = buildMessages(input.turns).map((entry) => ({ ...entry, content: redactor.redact(entry.content) }));
  const grounding: Grounding = {
    question: redactor.redact(message),
    language,
    sources: promptSources,
    agentName: settings.name,
    bookingUrl: settings.bookingUrl,
    withinHours,
    outOfHoursNotice,
    asksIfAi: intent.asksIfAi,
    publicReply,
  };
  const prompt = (): PromptPreview => ({ system, messages, redactions: redactor.redactions() });

  // 4. The provider.
  let generated;
  try {
    generated = await provider.generate({ system, messages, model, maxOutputTokens: publicReply ? 200 : 500, temperature: 0.3, signal: input.signal, grounding });
  } catch (error) {
    if (isProviderError(error)) return handoff('provider_error', error.message, { prompt: prompt() });
    throw error;
  }
  const usage: Usage = {
    inputTokens: generated.inputTokens,
    outputTokens: generated.outputTokens,
    costMicros: input.estimateCostMicros({ inputTokens: generated.inputTokens, outputTokens: generated.outputTokens }),
  };
  const result = { prompt: prompt(), usage };
  const modelText = generated.text.trim();
  // A reply quoting the prompt (which itself contains the marker) is checked first.
  if (leaksPrompt(modelText, system)) {
    return handoff('prompt_injection', injection ? 'The customer tried to override the instructions and the reply quotes the prompt.' : 'The reply quotes the internal prompt.', result);
  }
  // The marker anywhere (models sometimes add a sentence around it) means "the facts do not cover this".
  if (!modelText || modelText.includes(handoffMarker)) {
    return handoff('low_grounding', 'The model said the facts do not cover the question.', { ...result, customerMessage: phrases.lowGrounding });
  }

  // 5. Personal data back in: values from the conversation, and from passages that actually ground
  // the answer (relevance at least the workspace's minimum grounding). A placeholder of any other
  // value — a weakly related passage's address the model was talked into quoting — is never
  // filled in, and such a reply goes to a person instead.
  const grounded = new Set<RedactionOrigin>(['conversation', ...sources.filter((source) => source.score >= settings.handoff.minGrounding).map(originOf)]);
  const restored = redactor.restore(modelText, (origin) => grounded.has(origin));
  if (restored.withheld.length > 0) {
    return handoff('blocked_content', `The reply would reveal personal data from a source it is not grounded on (${restored.withheld.length} value${restored.withheld.length === 1 ? '' : 's'} withheld).`, result);
  }

  // 6. Guardrails on the real text the customer would see.
  let text = restored.text;
  const honest = enforceAiHonesty({ reply: text, asksIfAi: intent.asksIfAi, phrases, agentName: settings.name });
  text = honest.text;
  if (outOfHoursNotice && !normalise(text).includes(normalise(outOfHoursNotice))) text = `${text}\n\n${outOfHoursNotice}`;
  if (publicReply) {
    text = trimToSentences(text, publicReplyMaxChars);
    if (containsPersonalData(text)) return handoff('blocked_content', 'A public comment reply would include personal data.', { ...result, customerMessage: null });
  }
  const blocked = findBlockedPhrase(text, settings.guardrails.blockedPhrases);
  if (blocked) return handoff('blocked_content', `The reply contains the blocked phrase "${blocked}".`, result);
  const offers = activeOffers(settings.offers, now, settings.businessHours.timeZone);
  const facts = [...sources.map((source) => `${source.title} ${source.excerpt}`), ...offers.map((offer) => offer.text)].join('\n');
  const unsafe = findUnsafePromise({ reply: text, activeOffers: offers, allOffers: settings.offers, facts });
  if (unsafe) return handoff('unsafe_promise', injection ? `${unsafe} (The customer's message tried to override the instructions.)` : unsafe, result);

  return {
    action: 'reply',
    text,
    grounding: best,
    unresolved: intent.factual && (sources.length === 0 || uncertain.test(normalise(text).replace(/[^\p{L}\p{N}]+/gu, ' '))),
    ...result,
    ...meta,
    sources,
    aiDisclosureCorrected: honest.corrected,
  };
}
