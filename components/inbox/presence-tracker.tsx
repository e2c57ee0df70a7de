'use client';
import { usePresence } from './use-presence';

/** Renders nothing; keeps this member's presence in the conversation alive. */
export function PresenceTracker({ conversationId }: { conversationId: string }) {
  usePresence(conversationId);
  return null;
}
