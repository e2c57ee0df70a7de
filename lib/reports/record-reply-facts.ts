// Facts the reports read, recorded as replies happen (computing them from the message log on
// every report would read every message of the range; see docs/architecture.md "Reports").
// Both updates are guarded, so a retried send or a duplicate echo changes nothing.
import type { MessageSender } from '../generated/prisma/enums';

type ConversationWriter = {
  conversation: { updateMany(args: { where: Record<string, unknown>; data: Record<string, unknown> }): Promise<{ count: number }> };
};

export async function recordReplyFacts(
  db: ConversationWriter,
  options: { conversationId: string; sender: MessageSender; authorUserId: string | null; at: Date },
): Promise<void> {
  const { conversationId, sender, authorUserId, at } = options;
  // The first reply after the customer wrote: a conversation the business opened (a template
  // to a contact who never wrote) has no first response to time.
  await db.conversation.updateMany({
    where: { id: conversationId, firstResponseAt: null, firstInboundAt: { not: null, lte: at } },
    data: { firstResponseAt: at, firstResponderId: sender === 'operator' ? authorUserId : null, firstResponseSender: sender },
  });
  // A person wrote (in Relaydesk or in Meta's own app): the conversation is not "resolved by AI".
  if (sender === 'operator' || sender === 'native_app') {
    await db.conversation.updateMany({ where: { id: conversationId, humanInvolved: false }, data: { humanInvolved: true } });
  }
}
