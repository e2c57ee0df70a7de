// CSAT end to end below the UI: the question goes out after close only when switched on, inside
// the window, once; the customer's tapped or typed answer is stored on the survey and joins the
// closed conversation; and the reply facts the reports read are recorded as things happen.
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { metaMessageBody } from '@/lib/channels/providers/messenger/meta-message-body';
import { whatsappMessageBody } from '@/lib/channels/providers/whatsapp/send-whatsapp';
import { sendCsatSurvey } from '@/lib/csat/send-csat-survey';
import { db } from '@/lib/db';
import { queueOutboundMessage } from '@/lib/inbox/queue-outbound-message';
import { setConversationStatus } from '@/lib/inbox/set-conversation-status';
import { storeNormalisedEvent } from '@/lib/inbox/store-normalised-event';
import type { NormalisedMessage } from '@/lib/channels/channel-provider';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { createChannel } from '../channel-factories';
import { twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let ig: { id: string; workspaceId: string };

const inbound = (contactExternalId: string, extra: Partial<NormalisedMessage>): NormalisedMessage => ({
  externalId: `m_${randomBytes(8).toString('hex')}`, contactExternalId, direction: 'inbound', sender: 'customer', kind: 'text', text: 'hi', sentAt: new Date(), ...extra,
});

/** A customer writes (through the real ingest path), an operator answers and closes. */
async function closedConversation(options: { minutesAgo?: number } = {}) {
  const contactExternalId = String(Date.now()) + randomBytes(2).readUInt16BE();
  const sentAt = new Date(Date.now() - (options.minutesAgo ?? 5) * 60_000);
  await storeNormalisedEvent({ workspaceId: ig.workspaceId, channelId: ig.id, event: { messages: [inbound(contactExternalId, { sentAt })], statuses: [], deletions: [], skipped: [] } });
  const conversation = await db.conversation.findFirstOrThrow({ where: { workspaceId: ig.workspaceId, contact: { externalId: contactExternalId } } });
  return { contactExternalId, conversation };
}

beforeAll(async () => {
  ({ ctx } = await twoWorkspaceContexts());
  ig = await createChannel(ctx.workspace.id, 'instagram');
  await db.workspace.update({ where: { id: ctx.workspace.id }, data: { csatEnabled: true } });
});

describe('reply facts', () => {
  it('records the first inbound, the first reply (once) and who closed it; reopening clears the close', async () => {
    const { conversation } = await closedConversation();
    expect(conversation.firstInboundAt).not.toBeNull();
    await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'AI answer' }, sender: 'ai' });
    await queueOutboundMessage({ ctx, conversationId: conversation.id, content: { type: 'text', text: 'Operator answer' }, sender: 'operator', authorUserId: ctx.user.id });
    let row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.firstResponseSender).toBe('ai');
    expect(row.firstResponderId).toBeNull();
    expect(row.firstResponseAt!.getTime()).toBeGreaterThanOrEqual(row.firstInboundAt!.getTime());
    expect(row.humanInvolved).toBe(true);

    await setConversationStatus({ ctx, conversationId: conversation.id, status: 'closed' });
    row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect(row.closedById).toBe(ctx.user.id);
    expect(row.closedAt).not.toBeNull();
    await setConversationStatus({ ctx, conversationId: conversation.id, status: 'open' });
    row = await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } });
    expect([row.closedAt, row.closedById]).toEqual([null, null]);
  });
});

describe('sending the survey', () => {
  it('asks once, with the five choices, after close; the question is not a "first response"', async () => {
    const { conversation } = await closedConversation();
    await setConversationStatus({ ctx, conversationId: conversation.id, status: 'closed' });
    expect(await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: conversation.id })).toEqual({ sent: true });
    expect(await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: conversation.id })).toEqual({ sent: false, reason: 'already_sent' });
    const survey = await db.csatSurvey.findUniqueOrThrow({ where: { conversationId: conversation.id } });
    const messages = await db.message.findMany({ where: { conversationId: conversation.id, direction: 'outbound' } });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.id).toBe(survey.messageId);
    expect(messages[0]!.sender).toBe('ai');
    expect((messages[0]!.details as { content: { type: string; choices: { id: string }[] } }).content.choices.map((c) => c.id)).toEqual(['csat:5', 'csat:4', 'csat:3', 'csat:2', 'csat:1']);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).firstResponseAt).toBeNull();
  });

  it('does not ask when switched off, when not closed, or when the 24-hour window has passed', async () => {
    const open = await closedConversation();
    expect(await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: open.conversation.id })).toEqual({ sent: false, reason: 'not_closed' });
    const late = await closedConversation({ minutesAgo: 25 * 60 });
    await setConversationStatus({ ctx, conversationId: late.conversation.id, status: 'closed' });
    expect(await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: late.conversation.id })).toEqual({ sent: false, reason: 'window_closed' });
    await db.workspace.update({ where: { id: ctx.workspace.id }, data: { csatEnabled: false } });
    const off = await closedConversation();
    await setConversationStatus({ ctx, conversationId: off.conversation.id, status: 'closed' });
    expect(await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: off.conversation.id })).toEqual({ sent: false, reason: 'disabled' });
    await db.workspace.update({ where: { id: ctx.workspace.id }, data: { csatEnabled: true } });
    expect(await db.csatSurvey.count({ where: { conversationId: { in: [open.conversation.id, late.conversation.id, off.conversation.id] } } })).toBe(0);
  });

  it('renders the choices as quick replies (IG/Messenger) and a list (WhatsApp)', () => {
    const content = { type: 'choices' as const, text: 'Rate us', choices: [1, 2, 3, 4, 5].map((n) => ({ id: `csat:${n}`, title: `${n}` })) };
    expect(metaMessageBody(content)).toEqual({ text: 'Rate us', quick_replies: content.choices.map((c) => ({ content_type: 'text', title: c.title, payload: c.id })) });
    const wa = whatsappMessageBody('15550001111', content) as { type: string; interactive: { type: string; action: { sections: { rows: unknown[] }[] } } };
    expect(wa.type).toBe('interactive');
    expect(wa.interactive.type).toBe('list');
    expect(wa.interactive.action.sections[0]!.rows).toHaveLength(5);
  });
});

describe('capturing the answer', () => {
  async function surveyed() {
    const c = await closedConversation();
    await setConversationStatus({ ctx, conversationId: c.conversation.id, status: 'closed' });
    await sendCsatSurvey({ workspaceId: ctx.workspace.id, conversationId: c.conversation.id });
    return c;
  }
  const ingest = (message: NormalisedMessage) => storeNormalisedEvent({ workspaceId: ig.workspaceId, channelId: ig.id, event: { messages: [message], statuses: [], deletions: [], skipped: [] } });

  it('stores a tapped quick reply on the survey and keeps the message in the closed conversation', async () => {
    const { contactExternalId, conversation } = await surveyed();
    const message = inbound(contactExternalId, { text: '4 – Good', details: { quickReplyPayload: 'csat:4' } });
    await ingest(message);
    await ingest(message); // a redelivered webhook changes nothing
    const survey = await db.csatSurvey.findUniqueOrThrow({ where: { conversationId: conversation.id } });
    expect(survey.rating).toBe(4);
    const stored = await db.message.findFirstOrThrow({ where: { externalId: message.externalId } });
    expect(stored.conversationId).toBe(conversation.id);
    expect(survey.ratingMessageId).toBe(stored.id);
    expect(await db.conversation.count({ where: { contactId: conversation.contactId } })).toBe(1);
    expect((await db.conversation.findUniqueOrThrow({ where: { id: conversation.id } })).status).toBe('closed');
  });

  it('takes a typed number, and a WhatsApp-style list reply id', async () => {
    const typed = await surveyed();
    await ingest(inbound(typed.contactExternalId, { text: ' 5 ' }));
    expect((await db.csatSurvey.findUniqueOrThrow({ where: { conversationId: typed.conversation.id } })).rating).toBe(5);
    const listed = await surveyed();
    await ingest(inbound(listed.contactExternalId, { kind: 'interactive_reply', text: '2 – Poor', details: { replyId: 'csat:2' } }));
    expect((await db.csatSurvey.findUniqueOrThrow({ where: { conversationId: listed.conversation.id } })).rating).toBe(2);
  });

  it('treats anything else as a new conversation, and a number after that as part of it', async () => {
    const { contactExternalId, conversation } = await surveyed();
    await ingest(inbound(contactExternalId, { text: 'One more question about my order' }));
    await ingest(inbound(contactExternalId, { text: '3' }));
    expect((await db.csatSurvey.findUniqueOrThrow({ where: { conversationId: conversation.id } })).rating).toBeNull();
    expect(await db.conversation.count({ where: { contactId: conversation.contactId } })).toBe(2);
  });
});
