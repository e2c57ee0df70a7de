import { db } from '../db';

export type InboxNotification = { workspaceId: string; conversationId: string; messageId?: string | null; type: 'message.created' | 'message.updated' | 'conversation.updated' };

/** LISTEN/NOTIFY on channel `inbox`: the realtime stream relays these to operators. */
export async function notifyInbox(notification: InboxNotification): Promise<void> {
  await db.$executeRaw`select pg_notify('inbox', ${JSON.stringify(notification)})`;
}
