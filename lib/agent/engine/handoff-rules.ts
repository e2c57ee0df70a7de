// The rules that hand a conversation to a person BEFORE any provider is called (nothing leaves
// the building and nothing is spent): the rate limit, the customer asking for a person,
// configured keywords and topics, and too many unresolved turns. First match wins, in that order:
// the rate limit comes first because it also means "send nothing more", the others are
// informative for the operator who picks the conversation up.
import type { AgentSettings } from '../agent-settings.schema';
import type { HandoffRule } from './compose-reply.types';
import { asksForHuman } from './message-intent';
import { containsPhrase, words } from './text-normalise';

export type HandoffDecision = { rule: HandoffRule; reason: string };

/**
 * A topic matches on word boundaries like a keyword, or — for single-word topics of 5+ letters —
 * when a message word shares its first 6 letters ("cancellation" ↔ "cancel", "medical" ↔
 * "medication"): owners write topics as nouns, customers write verbs.
 */
export function matchesTopic(text: string, topic: string): boolean {
  if (containsPhrase(text, topic)) return true;
  const topicWords = words(topic);
  if (topicWords.length !== 1 || topicWords[0]!.length < 5) return false;
  const prefix = topicWords[0]!.slice(0, 6);
  return words(text).some((word) => word.length >= Math.min(prefix.length, 5) && (word.startsWith(prefix) || prefix.startsWith(word)));
}

export function checkHandoffRules(options: {
  settings: Pick<AgentSettings, 'handoff' | 'guardrails'>;
  message: string;
  unresolvedTurns: number;
  repliesInLastHour: number;
}): HandoffDecision | null {
  const { settings, message } = options;
  const { maxRepliesPerHour } = settings.guardrails;
  if (options.repliesInLastHour >= maxRepliesPerHour) {
    return { rule: 'rate_limit', reason: `The agent already replied ${options.repliesInLastHour} times in this conversation in the last hour (limit ${maxRepliesPerHour}).` };
  }
  if (asksForHuman(message)) return { rule: 'asked_for_human', reason: 'The customer asked to talk to a person.' };
  const keyword = settings.handoff.keywords.find((candidate) => containsPhrase(message, candidate));
  if (keyword) return { rule: 'keyword', reason: `The message contains the handoff keyword "${keyword}".` };
  const topic = settings.handoff.topics.find((candidate) => matchesTopic(message, candidate));
  if (topic) return { rule: 'topic', reason: `The message is about the handoff topic "${topic}".` };
  const max = settings.handoff.maxUnresolvedTurns;
  if (max > 0 && options.unresolvedTurns >= max) {
    return { rule: 'unresolved_turns', reason: `The agent could not resolve the last ${options.unresolvedTurns} questions (limit ${max}).` };
  }
  return null;
}

