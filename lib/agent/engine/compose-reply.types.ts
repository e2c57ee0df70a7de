// The contract of the agent's brain: composeReply(input) → a reply or a handoff, with the sources
// it used, the exact prompt, and the tokens it cost. Pure apart from the injected knowledge search
// and provider call: the job (lib/agent/runtime), the playground and the eval harness all call it.
import type { ChannelType } from '../../generated/prisma/enums';
import type { AgentSettings } from '../agent-settings.schema';
import type { AgentProvider, ChatMessage } from '../providers/agent-provider';
import type { KnowledgePassage, SourceRef } from './grounding';

export type Turn = {
  role: 'customer' | 'business';
  text: string;
  /** For business turns: who wrote it. */
  sender?: 'ai' | 'operator' | 'native_app';
  at: Date;
};

export type HandoffRule =
  | 'asked_for_human'
  | 'keyword'
  | 'topic'
  | 'low_grounding'
  | 'unresolved_turns'
  | 'rate_limit'
  | 'provider_error'
  | 'blocked_content'
  | 'unsafe_promise'
  | 'prompt_injection';

export type ComposeInput = {
  settings: AgentSettings;
  channel: { id: string; type: ChannelType };
  conversationKind: 'direct' | 'comment_thread';
  /** Oldest first; the last turn is the customer message being answered. */
  turns: Turn[];
  now: Date;
  searchKnowledge: (query: string, limit: number) => Promise<KnowledgePassage[]>;
  provider: AgentProvider;
  model: string;
  /** AI replies already sent or drafted in this conversation during the last hour. */
  repliesInLastHour: number;
  /** Consecutive earlier agent turns in this conversation that did not resolve the question. */
  unresolvedTurns: number;
  /** Cost of a provider call in millionths of a US dollar (lib/agent/providers/pricing.ts); 0 for offline. */
  estimateCostMicros: (usage: { inputTokens: number; outputTokens: number }) => number;
  signal?: AbortSignal;
};

export type PromptPreview = {
  system: string;
  messages: ChatMessage[];
  /** What was replaced before sending ("[EMAIL_1]" ← an email address); values are never included. */
  redactions: { placeholder: string; kind: 'email' | 'phone' | 'card' | 'iban' | 'url_token' }[];
};

export type Usage = { inputTokens: number; outputTokens: number; costMicros: number };

export type ComposeResult =
  | {
      action: 'reply';
      text: string;
      sources: SourceRef[];
      /** 0–1: how well the best source supports the answer. */
      grounding: number;
      /** The reply did not answer the question (fallback "I'm not sure" answers); counts towards unresolvedTurns. */
      unresolved: boolean;
      prompt: PromptPreview;
      usage: Usage;
      provider: string;
      model: string;
      /** Added by the engine: the customer's message tried to give the agent instructions (recorded, see prompt-injection.ts). */
      promptInjection?: boolean;
      /** Added by the engine: the reply language (BCP-47). */
      language?: string;
      /** Added by the engine: the reply was corrected to say it is an AI (the model did not). */
      aiDisclosureCorrected?: boolean;
    }
  | {
      action: 'handoff';
      rule: HandoffRule;
      /** For the team (shown in the inbox and the playground). */
      reason: string;
      /** What to tell the customer ("A teammate will take it from here."), or null to say nothing. */
      customerMessage: string | null;
      /** Always empty: a handoff answers nothing, so it used no source (the prompt shows what the model saw). */
      sources: SourceRef[];
      prompt: PromptPreview | null;
      usage: Usage;
      provider: string;
      model: string;
      /** Added by the engine: the customer's message tried to give the agent instructions. */
      promptInjection?: boolean;
      /** Added by the engine: the language the customer message was handled in (BCP-47). */
      language?: string;
    };
