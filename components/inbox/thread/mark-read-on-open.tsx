'use client';
// Marks the open conversation read once per conversation (and again when new messages arrive
// while it is open, since the page re-renders with a higher unread count).
import { useEffect, useRef } from 'react';
import { markConversationReadAction } from '@/app/(app)/inbox/_thread/actions';
import { initialActionResult } from '@/lib/actions/action-result';

export function MarkReadOnOpen({ conversationId, unreadCount }: { conversationId: string; unreadCount: number }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (unreadCount === 0) return;
    const key = `${conversationId}:${unreadCount}`;
    if (sent.current === key) return;
    sent.current = key;
    const form = new FormData();
    form.set('conversationId', conversationId);
    void markConversationReadAction(initialActionResult, form);
  }, [conversationId, unreadCount]);
  return null;
}
