// Meta's messaging windows as one pure function, so the queue (before a message is created) and
// the send job (right before Graph is called) apply exactly the same rules
// (../shared/docs/meta-platform.md §c, §d).
import type { ChannelType, ConversationKind } from '../generated/prisma/enums';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** Standard messaging window on every channel (§d). */
export const STANDARD_WINDOW_MS = DAY_MS;
/** HUMAN_AGENT tag (IG/Messenger, human-typed replies only) and IG private replies (§c, §d). */
export const HUMAN_AGENT_WINDOW_MS = 7 * DAY_MS;
export const PRIVATE_REPLY_WINDOW_MS = 7 * DAY_MS;

export type SendMode = 'dm' | 'comment_public' | 'comment_private';

export type MessagingWindowInput = {
  channelType: ChannelType;
  conversationKind: ConversationKind;
  /** The customer's last message; null when they never wrote (e.g. a comment thread only). */
  lastInboundAt: Date | null;
  now: Date;
  senderKind: 'operator' | 'ai';
  /** Comment threads: a public reply under the comment or a private DM to its author. */
  mode?: SendMode;
  commentCreatedAt?: Date | null;
  privateReplySent?: boolean;
};

export type MessagingWindow = {
  /** open: anything; human_agent: send with tag HUMAN_AGENT; template_only: WhatsApp templates; closed: nothing. */
  state: 'open' | 'human_agent' | 'template_only' | 'closed';
  /** When the current state ends (null: it does not end by itself). */
  endsAt: Date | null;
  tag?: 'HUMAN_AGENT';
  /** Human-readable: shown next to the composer and stored on refused/failed messages. */
  reason: string;
};

const at = (from: Date, ms: number) => new Date(from.getTime() + ms);
const when = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

export function messagingWindow(input: MessagingWindowInput): MessagingWindow {
  const mode = input.mode ?? (input.conversationKind === 'comment_thread' ? 'comment_public' : 'dm');
  if (mode !== 'dm') return commentWindow({ ...input, mode });
  if (input.conversationKind === 'comment_thread') {
    return { state: 'closed', endsAt: null, reason: 'This is a comment thread: reply publicly under the comment or send one private reply.' };
  }
  return directWindow(input);
}

function commentWindow(input: MessagingWindowInput & { mode: 'comment_public' | 'comment_private' }): MessagingWindow {
  if (input.channelType !== 'instagram' || input.conversationKind !== 'comment_thread') {
    return { state: 'closed', endsAt: null, reason: 'Comment replies exist only for Instagram comment threads.' };
  }
  // A public reply is a comment of its own, not a message, so no window applies (§c).
  if (input.mode === 'comment_public') return { state: 'open', endsAt: null, reason: 'Public replies to a comment are always allowed.' };
  if (!input.commentCreatedAt) return { state: 'closed', endsAt: null, reason: 'There is no comment to reply to privately.' };
  if (input.privateReplySent) {
    return { state: 'closed', endsAt: null, reason: 'Instagram allows only one private reply per comment, and it has already been sent. Reply publicly instead, or wait for the customer to answer the DM.' };
  }
  const endsAt = at(input.commentCreatedAt, PRIVATE_REPLY_WINDOW_MS);
  if (input.now.getTime() >= endsAt.getTime()) {
    return { state: 'closed', endsAt, reason: `Private replies are allowed only within 7 days of the comment; this one closed at ${when(endsAt)}. Reply publicly instead.` };
  }
  return { state: 'open', endsAt, reason: `One private reply is allowed until ${when(endsAt)}.` };
}

function directWindow(input: MessagingWindowInput): MessagingWindow {
  const whatsapp = input.channelType === 'whatsapp';
  if (!input.lastInboundAt) {
    return whatsapp
      ? { state: 'template_only', endsAt: null, reason: 'The customer has not written yet, so WhatsApp allows only approved templates.' }
      : { state: 'closed', endsAt: null, reason: 'The customer has not written yet; Meta allows replies only after they message you.' };
  }
  // A clock slightly behind Meta's timestamp must not push the window open "in the future".
  const elapsed = Math.max(0, input.now.getTime() - input.lastInboundAt.getTime());
  const standardEnd = at(input.lastInboundAt, STANDARD_WINDOW_MS);
  if (elapsed < STANDARD_WINDOW_MS) return { state: 'open', endsAt: standardEnd, reason: `The 24-hour reply window is open until ${when(standardEnd)}.` };
  if (whatsapp) {
    return { state: 'template_only', endsAt: null, reason: 'More than 24 hours have passed since the customer\'s last message, so WhatsApp allows only approved templates.' };
  }
  const humanEnd = at(input.lastInboundAt, HUMAN_AGENT_WINDOW_MS);
  if (elapsed < HUMAN_AGENT_WINDOW_MS) {
    // HUMAN_AGENT forbids automated messages (§d), so the AI never gets this window.
    if (input.senderKind === 'ai') {
      return { state: 'closed', endsAt: humanEnd, reason: `The 24-hour window has closed. Only a human operator may reply now (Meta's HUMAN_AGENT tag), until ${when(humanEnd)}; the AI may not.` };
    }
    return { state: 'human_agent', endsAt: humanEnd, tag: 'HUMAN_AGENT', reason: `The 24-hour window has closed; as a human agent you can still reply until ${when(humanEnd)}.` };
  }
  return { state: 'closed', endsAt: humanEnd, reason: 'More than 7 days have passed since the customer\'s last message, so Meta allows no reply until they write again.' };
}
