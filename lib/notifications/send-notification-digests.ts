// The batching half of email alerts: every member with an alert older than the grace period gets
// ONE email listing everything pending, so a burst of new conversations is one email, not fifty.
import { env } from '../env';
import { db } from '../db';
import { sendEmail } from '../email/send-email';
import type { InboxDigestItem } from '../email/email-template-schemas';
import { channelTypeLabel } from '../channels/channel-labels';
import { contactDisplayNameOf, contactNameSelect } from '../contacts/contact-display-name';

export const DIGEST_GRACE_MS = 2 * 60_000;
export const DIGEST_MAX_ITEMS = 20;

type ClaimedRow = { id: string; workspaceId: string; kind: string; conversationId: string | null; summary: string; createdAt: Date };
type Send = typeof sendEmail<'inbox-digest'>;

/**
 * Claims each due member's rows (under a per-member advisory lock, so two workers never split a
 * member's rows between them) and queues one email per member. If queueing fails the
 * claim is undone, so the next run retries. Alerts for members who left or switched the alert
 * off since are claimed and dropped.
 */
export async function sendNotificationDigests(options: { now?: Date; graceMs?: number; send?: Send } = {}): Promise<{ emails: number; rows: number }> {
  const now = options.now ?? new Date();
  const dueBefore = new Date(now.getTime() - (options.graceMs ?? DIGEST_GRACE_MS));
  const send = options.send ?? sendEmail;
  const due = await db.$queryRaw<{ userId: string }[]>`
    select distinct "userId" from "NotificationOutbox" where "sentAt" is null and "createdAt" <= ${dueBefore} limit 500`;
  let emails = 0;
  let rows = 0;
  for (const { userId } of due) {
    // One claimer per member: a transaction-scoped advisory lock, then every unsent row at once.
    // (SKIP LOCKED alone is not enough: two workers scanning at the same moment each lock a
    // part of the member's rows, and the member gets two emails.)
    const claimed = await db.$transaction(async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`select pg_try_advisory_xact_lock(hashtextextended(${`notification-digest:${userId}`}, 0)) as locked`;
      if (!lock?.locked) return [];
      return tx.$queryRaw<ClaimedRow[]>`
        update "NotificationOutbox" o set "sentAt" = ${now}
        where o."userId" = ${userId}::uuid and o."sentAt" is null
        returning o.id, o."workspaceId", o.kind, o."conversationId", o.summary, o."createdAt"`;
    });
    if (!claimed.length) continue; // another worker took them
    rows += claimed.length;
    const items = await describe(userId, claimed);
    if (!items.length) continue;
    const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
    if (!user) continue;
    items.sort((a, b) => a.at - b.at);
    try {
      await send({
        to: user.email,
        template: 'inbox-digest',
        props: { name: user.name, items: items.slice(0, DIGEST_MAX_ITEMS).map(({ kind, workspaceName, contact, channel, excerpt, url }) => ({ kind, workspaceName, contact, channel, excerpt, url })), moreCount: Math.max(0, items.length - DIGEST_MAX_ITEMS), inboxUrl: new URL('/inbox', env().APP_URL).toString() },
      });
      emails += 1;
    } catch (error) {
      await db.notificationOutbox.updateMany({ where: { id: { in: claimed.map((r) => r.id) }, sentAt: now }, data: { sentAt: null } });
      throw error;
    }
  }
  return { emails, rows };
}

/** Rows → email lines, keeping only those the member still wants (membership + preference now). */
async function describe(userId: string, rows: ClaimedRow[]): Promise<(InboxDigestItem & { at: number })[]> {
  const workspaceIds = [...new Set(rows.map((r) => r.workspaceId))];
  const memberships = await db.membership.findMany({
    where: { userId, workspaceId: { in: workspaceIds } },
    select: { workspaceId: true, notifyMentions: true, notifyNewConversations: true, workspace: { select: { name: true } } },
  });
  const byWorkspace = new Map(memberships.map((m) => [m.workspaceId, m]));
  const conversationIds = [...new Set(rows.map((r) => r.conversationId).filter((id): id is string => Boolean(id)))];
  const conversations = await db.conversation.findMany({
    where: { id: { in: conversationIds }, workspaceId: { in: workspaceIds } },
    select: { id: true, workspaceId: true, contact: { select: contactNameSelect }, channel: { select: { type: true, name: true } } },
  });
  const byConversation = new Map(conversations.map((c) => [c.id, c]));
  const base = env().APP_URL;
  return rows.flatMap((row) => {
    const member = byWorkspace.get(row.workspaceId);
    const conversation = row.conversationId ? byConversation.get(row.conversationId) : undefined;
    if (!member || !conversation || conversation.workspaceId !== row.workspaceId) return [];
    const kind = row.kind === 'mention' ? 'mention' : row.kind === 'handoff' ? 'handoff' : 'new_conversation';
    // AI handoffs ride on the "conversations that need the team" preference (new-conversation alerts).
    if (kind === 'mention' ? !member.notifyMentions : !member.notifyNewConversations) return [];
    return [{
      kind,
      workspaceName: member.workspace.name,
      contact: contactDisplayNameOf(conversation.contact, conversation.channel.type).replace(/[\r\n]+/g, ' ').slice(0, 120),
      channel: `${channelTypeLabel[conversation.channel.type]} · ${conversation.channel.name}`.slice(0, 160),
      excerpt: row.summary.slice(0, 240),
      url: new URL(`/inbox?c=${conversation.id}`, base).toString(),
      at: row.createdAt.getTime(),
    }];
  });
}
