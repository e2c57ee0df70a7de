// The workspace away message: a customer who writes outside business hours (the agent settings'
// hours) hears when the team is back — but only when no AI answers them (conversation with a
// human, or the agent off for the channel), because the AI has its own out-of-hours notice.
// At most once per conversation per 12 hours, claimed with a guarded write so parallel jobs send once.
import { getAgentSettings } from '../agent/agent-settings';
import { channelMode, isWithinBusinessHours } from '../agent/agent-settings.schema';
import { isAppError } from '../errors';
import { queueOutboundMessage } from '../inbox/queue-outbound-message';
import type { AutomationContext } from './automation-system-context';

export const AWAY_MESSAGE_COOLDOWN_MS = 12 * 60 * 60_000;

export async function sendAwayMessage(options: { ctx: AutomationContext; conversationId: string; message: string; now: Date }): Promise<'sent' | 'in_hours' | 'ai_answers' | 'recently_sent' | 'not_sent'> {
  const { ctx, conversationId, now } = options;
  const conversation = await ctx.db.conversation.findFirst({ where: { id: conversationId }, select: { handling: true, channelId: true, status: true } });
  if (!conversation || conversation.status === 'closed') return 'not_sent';
  const { settings } = await getAgentSettings({ ctx });
  if (isWithinBusinessHours(settings.businessHours, now)) return 'in_hours';
  if (conversation.handling !== 'human' && channelMode(settings, conversation.channelId) !== 'off') return 'ai_answers';
  const { count } = await ctx.db.conversation.updateMany({
    where: { id: conversationId, OR: [{ awayMessageSentAt: null }, { awayMessageSentAt: { lt: new Date(now.getTime() - AWAY_MESSAGE_COOLDOWN_MS) } }] },
    data: { awayMessageSentAt: now },
  });
  if (count === 0) return 'recently_sent';
  try {
    await queueOutboundMessage({ ctx, conversationId, content: { type: 'text', text: options.message }, sender: 'operator', authorUserId: null });
    return 'sent';
  } catch (error) {
    // A closed window or a disconnected channel: nothing to send; the claim stays so we do not retry every message.
    if (isAppError(error)) return 'not_sent';
    throw error;
  }
}
