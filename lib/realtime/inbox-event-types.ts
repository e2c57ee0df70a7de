// The events the inbox stream carries. Payloads are hints for the client, which refetches what
// it shows: ids, statuses and at most a short preview, never a message body.
export const inboxEventTypes = [
  'message.created', 'message.updated', 'conversation.updated', 'draft.created', 'draft.updated', 'note.created', 'presence.updated',
] as const;
export type InboxEventType = (typeof inboxEventTypes)[number];

export type InboxEventPayload = {
  messageId?: string | null;
  status?: string;
  direction?: string;
  /** ≤ PREVIEW_MAX_CHARS characters. */
  preview?: string | null;
  /** Which conversation fields changed (assignment, status, handling, needsHuman, unread). */
  changes?: string[];
  /** Sum of unreadCount over the workspace's open conversations, for the tab title. */
  unreadTotal?: number;
  [key: string]: unknown;
};

export const PREVIEW_MAX_CHARS = 140;

/** The row as the stream reads it; `seq` is the SSE event id. */
export type InboxEvent = { seq: number; type: InboxEventType; conversationId: string | null; payload: InboxEventPayload };
