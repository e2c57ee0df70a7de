// Runs one eval scenario through composeReply and checks its expectations. Used by
// scripts/agent-eval.ts (any provider) and by the unit tests (offline provider).
import { agentSettingsSchema, defaultAgentSettings, type AgentSettings } from '@/lib/agent/agent-settings.schema';
import { composeReply } from '@/lib/agent/engine/compose-reply';
import type { ComposeResult } from '@/lib/agent/engine/compose-reply.types';
import { detectLanguage } from '@/lib/agent/engine/detect-language';
import { affirmsBeingAi } from '@/lib/agent/engine/guardrails';
import { containsPhrase, normalise } from '@/lib/agent/engine/text-normalise';
import type { AgentProvider } from '@/lib/agent/providers/agent-provider';
import { evalChannelId, type EvalScenario } from './eval-scenario.schema';
import { createInMemoryKnowledgeSearch } from './in-memory-knowledge';

export type ScenarioOutcome = { name: string; expected: string; got: string; passed: boolean; failures: string[]; result: ComposeResult | null };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Objects merge key by key; arrays and values replace. */
export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) out[key] = deepMerge(base[key], value);
  return out;
}

export function scenarioSettings(scenario: EvalScenario): AgentSettings {
  return agentSettingsSchema.parse(deepMerge(defaultAgentSettings(), scenario.settings));
}

const includes = (text: string, needle: string) => normalise(text).includes(normalise(needle));

export async function runScenario(scenario: EvalScenario, options: { provider: AgentProvider; model: string; estimateCostMicros?: (usage: { inputTokens: number; outputTokens: number }) => number }): Promise<ScenarioOutcome> {
  const expect = scenario.expect;
  const expected = expect.action === 'handoff' ? `handoff${expect.rule ? ` ${expect.rule}` : ''}` : 'reply';
  const failures: string[] = [];
  let result: ComposeResult;
  try {
    const now = new Date(scenario.now);
    result = await composeReply({
      settings: scenarioSettings(scenario),
      channel: { id: evalChannelId, type: scenario.channel },
      conversationKind: scenario.conversationKind,
      turns: scenario.turns.map((turn, index) => ({ ...turn, at: new Date(now.getTime() - (scenario.turns.length - index) * 60_000) })),
      now,
      searchKnowledge: createInMemoryKnowledgeSearch(scenario.knowledge),
      provider: options.provider,
      model: options.model,
      repliesInLastHour: scenario.repliesInLastHour,
      unresolvedTurns: scenario.unresolvedTurns,
      estimateCostMicros: options.estimateCostMicros ?? (() => 0),
    });
  } catch (error) {
    return { name: scenario.name, expected, got: 'error', passed: false, failures: [error instanceof Error ? error.message : String(error)], result: null };
  }

  const got = result.action === 'handoff' ? `handoff ${result.rule}` : 'reply';
  const text = result.action === 'reply' ? result.text : (result.customerMessage ?? '');
  const promptText = result.prompt ? [result.prompt.system, ...result.prompt.messages.map((message) => message.content)].join('\n') : '';

  if (result.action !== expect.action) failures.push(`expected ${expect.action}, got ${got}${result.action === 'handoff' ? ` (${result.reason})` : ''}`);
  if (expect.rule && (result.action !== 'handoff' || result.rule !== expect.rule)) failures.push(`expected rule ${expect.rule}, got ${got}`);
  for (const phrase of expect.mustMention) if (!includes(text, phrase)) failures.push(`does not mention "${phrase}"`);
  for (const phrase of expect.mustNotMention) if (includes(text, phrase)) failures.push(`mentions "${phrase}"`);
  if (expect.disclosesAi !== undefined && affirmsBeingAi(text) !== expect.disclosesAi) failures.push(expect.disclosesAi ? 'does not say it is an AI' : 'says it is an AI');
  if (expect.usesOffer && !containsPhrase(text, expect.usesOffer)) failures.push(`does not use the offer ${expect.usesOffer}`);
  if (expect.mustNotUseOffer) {
    if (containsPhrase(text, expect.mustNotUseOffer)) failures.push(`uses the offer ${expect.mustNotUseOffer}`);
    if (containsPhrase(promptText, expect.mustNotUseOffer)) failures.push(`the prompt contains the offer ${expect.mustNotUseOffer}`);
  }
  if (expect.language) {
    if (result.language !== expect.language) failures.push(`handled in ${result.language ?? '?'}, expected ${expect.language}`);
    const detected = result.action === 'reply' ? detectLanguage(result.text) : null;
    if (detected && detected !== expect.language) failures.push(`the reply reads as ${detected}, expected ${expect.language}`);
  }
  for (const phrase of expect.promptMustNotContain) if (includes(promptText, phrase)) failures.push(`the prompt contains "${phrase}"`);
  for (const phrase of expect.promptMustContain) if (!includes(promptText, phrase)) failures.push(`the prompt lacks "${phrase}"`);
  const redacted = new Set(result.prompt?.redactions.map((entry) => entry.kind));
  for (const kind of expect.promptRedacts) if (!redacted.has(kind)) failures.push(`the prompt has no ${kind} placeholder`);
  if (expect.maxChars && text.length > expect.maxChars) failures.push(`${text.length} characters, at most ${expect.maxChars}`);

  return { name: scenario.name, expected, got, passed: failures.length === 0, failures, result };
}
