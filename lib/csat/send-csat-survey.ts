// After a conversation is closed: ask the customer to rate it, through the channel, if the
// workspace turned CSAT on and Meta still lets us write (the AI's 24-hour window; a survey is
// never worth a template or the HUMAN_AGENT tag). At most one survey per conversation: the row
// is unique per conversation and its id is the message's client id, so a retried job sends once.
import { agentSystemContext } from '../agent/runtime/agent-system-context';
import { db } from '../db';
import { isAppError } from '../errors';
import { queueOutboundMessage } from '../inbox/queue-outbound-message';
import { messagingWindow } from '../meta/messaging-window';
import { CSAT_QUESTION, csatChoices } from './csat-question';

export type SendCsatResult = { sent: boolean; reason?: 'disabled' | 'not_closed' | 'comment_thread' | 'window_closed' | 'already_sent' | 'refused' };

export async function sendCsatSurvey(options: { workspaceId: string; conversationId: string; now?: Date }): Promise<SendCsatResult> {
  const now = options.now ?? new Date();
  const workspace = await db.workspace.findUnique({ where: { id: options.workspaceId }, select: { id: true, name: true, slug: true, csatEnabled: true } });
  if (!workspace?.csatEnabled) return { sent: false, reason: 'disabled' };
  const ctx = agentSystemContext(workspace);
  const conversation = await ctx.db.conversation.findFirst({
    where: { id: options.conversationId },
    select: { id: true, status: true, kind: true, channelId: true, contactId: true, lastInboundAt: true, channel: { select: { type: true } }, csatSurvey: { select: { id: true, messageId: true } } },
  });
  if (!conversation || conversation.status !== 'closed') return { sent: false, reason: 'not_closed' };
  if (conversation.kind !== 'direct') return { sent: false, reason: 'comment_thread' };
  if (conversation.csatSurvey?.messageId) return { sent: false, reason: 'already_sent' };
  const window = messagingWindow({ channelType: conversation.channel.type, conversationKind: 'direct', lastInboundAt: conversation.lastInboundAt, now, senderKind: 'ai', mode: 'dm' });
  if (window.state !== 'open') return { sent: false, reason: 'window_closed' };

  const survey = conversation.csatSurvey ?? (await ctx.db.csatSurvey.create({
    data: { conversationId: conversation.id, channelId: conversation.channelId, contactId: conversation.contactId, sentAt: now } as never,
    select: { id: true, messageId: true },
  }));
  try {
    const queued = await queueOutboundMessage({
      ctx, conversationId: conversation.id, sender: 'ai', clientId: survey.id, notAReply: true,
      content: { type: 'choices', text: CSAT_QUESTION, choices: csatChoices.map((c) => ({ id: c.id, title: c.title })) },
    });
    await ctx.db.csatSurvey.updateMany({ where: { id: survey.id }, data: { messageId: queued.messageId } });
    return { sent: true };
  } catch (error) {
    // Refused by the channel or window rules (disconnected channel, unreachable contact): no
    // survey was asked, so none is counted.
    if (!isAppError(error)) throw error;
    await ctx.db.csatSurvey.deleteMany({ where: { id: survey.id, messageId: null } });
    return { sent: false, reason: 'refused' };
  }
}
