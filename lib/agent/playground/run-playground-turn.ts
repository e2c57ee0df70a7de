// One playground question: the owner plays the customer, the agent answers with the SAVED
// settings or the Settings form's UNSAVED changes, exactly as composeReply would in production
// (same provider, knowledge and rules) — but nothing is stored and nothing is sent to Meta.
import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';
import { getAgentSettings } from '../agent-settings';
import { agentSettingsSchema, type AgentSettings } from '../agent-settings.schema';
import { composeReply } from '../engine/compose-reply';
import type { ComposeResult } from '../engine/compose-reply.types';
import { searchKnowledge } from '../knowledge/search-knowledge';
import { isProviderError } from '../providers/agent-provider';
import { estimateCostMicros } from '../providers/pricing';
import { resolveAgentProvider } from '../providers/resolve-agent-provider';
import { playgroundCounters, type CountedTurn } from './playground-counters';

type Ctx = Pick<WorkspaceContext, 'db' | 'workspace'>;

/** Stands in for a channel when the owner tries the workspace settings without picking one: matches no override. */
export const noChannelId = '00000000-0000-0000-0000-000000000000';

export type PlaygroundTurnInput = CountedTurn & { role: 'customer' | 'business'; text: string };

export type PlaygroundAnswer = {
  result: ComposeResult;
  /** "OpenAI · gpt-4o-mini (workspace key)" / "Built-in offline responder (…)". */
  providerLabel: string;
  settingsSource: 'saved' | 'draft';
  /** The saved version that answered; null for unsaved changes or never-saved defaults. */
  savedVersion: number | null;
  channel: { id: string; name: string; type: 'instagram' | 'messenger' | 'whatsapp' } | null;
  conversationKind: 'direct' | 'comment_thread';
};

export async function runPlaygroundTurn({ ctx, turns, settingsSource, draftSettings, channelId, commentThread, now = new Date() }: {
  ctx: Ctx;
  turns: PlaygroundTurnInput[];
  settingsSource: 'saved' | 'draft';
  /** The form's unsaved state as JSON (only for settingsSource "draft"). */
  draftSettings?: string;
  channelId?: string;
  commentThread: boolean;
  now?: Date;
}): Promise<PlaygroundAnswer> {
  const { settings, savedVersion } = settingsSource === 'saved' ? await savedSettings(ctx) : { settings: parseDraft(draftSettings), savedVersion: null };

  // Scoped client: another workspace's channel id is simply not found.
  const channel = channelId ? await ctx.db.channel.findFirst({ where: { id: channelId }, select: { id: true, name: true, type: true } }) : null;
  if (channelId && !channel) throw new AppError('not_found', 'That channel is not connected to this workspace.', { fieldErrors: { channelId: ['Choose one of your channels.'] } });
  if (commentThread && channel && channel.type !== 'instagram') {
    throw new AppError('bad_request', 'Comment threads are tried on Instagram channels only.', { fieldErrors: { commentThread: ['Pick an Instagram channel to try comment replies.'] } });
  }

  const resolved = await resolveAgentProvider({ ctx });
  const { repliesInLastHour, unresolvedTurns } = playgroundCounters(turns, now);
  try {
    const result = await composeReply({
      settings,
      channel: channel ? { id: channel.id, type: channel.type } : { id: noChannelId, type: 'instagram' },
      conversationKind: commentThread ? 'comment_thread' : 'direct',
      turns: turns.map((turn) => ({ role: turn.role, text: turn.text, at: turn.at ? new Date(turn.at) : now, ...(turn.role === 'business' ? { sender: 'ai' as const } : {}) })),
      now,
      searchKnowledge: (query, limit) => searchKnowledge({ workspaceId: ctx.workspace.id, query, limit }),
      provider: resolved.provider,
      model: resolved.model,
      repliesInLastHour,
      unresolvedTurns,
      estimateCostMicros: (usage) => estimateCostMicros({ provider: resolved.providerId, model: resolved.model, ...usage }),
    });
    return { result, providerLabel: resolved.label, settingsSource, savedVersion, channel, conversationKind: commentThread ? 'comment_thread' : 'direct' };
  } catch (error) {
    // The provider's own words ("Invalid API key", "Rate limited") are what the owner needs to act on.
    if (isProviderError(error)) throw new AppError('unavailable', `${resolved.label}: ${error.message}`);
    throw error;
  }
}

async function savedSettings(ctx: Ctx): Promise<{ settings: AgentSettings; savedVersion: number | null }> {
  const current = await getAgentSettings({ ctx });
  return { settings: current.settings, savedVersion: current.version || null };
}

/** The unsaved form state, validated like a save would be; errors come back by settings path ("draftSettings.products.0.price"). */
function parseDraft(raw: string | undefined): AgentSettings {
  if (!raw) throw new AppError('bad_request', 'There are no unsaved changes to try. Edit the settings first, or use the saved settings.', { fieldErrors: { draftSettings: ['No unsaved changes found.'] } });
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError('bad_request', 'The unsaved settings could not be read. Open Settings and try again.', { fieldErrors: { draftSettings: ['Unreadable.'] } });
  }
  const parsed = agentSettingsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[['draftSettings', ...issue.path].join('.')] ??= []).push(issue.message);
  throw new AppError('bad_request', 'The unsaved settings have errors. Fix them in Settings, or use the saved settings.', { fieldErrors });
}
