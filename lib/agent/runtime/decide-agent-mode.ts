// Which way one agent turn goes, as a pure function of the facts the job loaded, so the order of
// the rules is stated once and unit-tested: workspace mode → channel override → conversation
// handling → billing (sending paused) → out-of-hours "draft only" → monthly cap → the plan's AI
// replies. Each later rule can only make it stricter.
import type { ConversationHandling } from '../../generated/prisma/enums';
import { channelMode, isWithinBusinessHours, type AgentSettings } from '../agent-settings.schema';

export type AgentTurnMode = { mode: 'draft' | 'auto'; downgradedBy: 'out_of_hours' | 'monthly_cap' | 'plan_limit' | null } | { mode: 'skip'; reason: string };

export function decideAgentMode(options: {
  settings: Pick<AgentSettings, 'mode' | 'channelOverrides' | 'businessHours' | 'outOfHours'>;
  channelId: string;
  handling: ConversationHandling;
  now: Date;
  capReached: boolean;
  /** The plan's AI replies for this month are used up (lib/billing/ai-reply-allowance.ts). */
  planLimitReached?: boolean;
  /** The workspace is read-only for sending (trial ended unpaid): nothing to compose for. */
  sendingPaused?: boolean;
}): AgentTurnMode {
  const { settings, handling } = options;
  const channel = channelMode(settings, options.channelId);
  if (channel === 'off') return { mode: 'skip', reason: settings.mode === 'off' ? 'agent_off' : 'channel_off' };
  if (handling === 'human') return { mode: 'skip', reason: 'human_handling' };
  if (options.sendingPaused) return { mode: 'skip', reason: 'sending_paused' };
  // The conversation's own switch (set by operators in the inbox) wins over the channel's default.
  let mode: 'draft' | 'auto' = handling === 'ai_auto' ? 'auto' : 'draft';
  if (mode === 'auto' && settings.outOfHours.mode === 'draft_only' && !isWithinBusinessHours(settings.businessHours, options.now)) {
    return { mode: 'draft', downgradedBy: 'out_of_hours' };
  }
  if (mode === 'auto' && options.capReached) {
    mode = 'draft';
    return { mode, downgradedBy: 'monthly_cap' };
  }
  if (mode === 'auto' && options.planLimitReached) return { mode: 'draft', downgradedBy: 'plan_limit' };
  return { mode, downgradedBy: null };
}

/** How a NEW conversation starts: auto-send when its channel's effective mode is auto, else drafts. */
export function initialHandling(settings: Pick<AgentSettings, 'mode' | 'channelOverrides'>, channelId: string): ConversationHandling {
  return channelMode(settings, channelId) === 'auto' ? 'ai_auto' : 'ai_draft';
}

/** Comment rules: empty keywords = every comment; otherwise a case-insensitive substring match. */
export function commentMatchesKeywords(text: string | null, keywords: readonly string[]): boolean {
  if (!keywords.length) return true;
  const haystack = (text ?? '').toLocaleLowerCase();
  return keywords.some((keyword) => haystack.includes(keyword.toLocaleLowerCase()));
}
