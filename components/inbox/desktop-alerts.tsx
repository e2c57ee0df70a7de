'use client';
// "Desktop alerts": opt-in browser notifications for new customer messages and for notes that
// mention me, shown only while this tab is hidden. The choice is remembered per browser.
import { useRouter } from 'next/navigation';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { INBOX_STREAM_WINDOW_EVENT, type InboxStreamEvent } from './use-inbox-stream';

const STORAGE_KEY = 'relaydesk:desktop-alerts';
const CHANGE_EVENT = 'relaydesk:desktop-alerts-change';

function subscribe(callback: () => void) {
  window.addEventListener(CHANGE_EVENT, callback);
  window.addEventListener('storage', callback);
  return () => {
    window.removeEventListener(CHANGE_EVENT, callback);
    window.removeEventListener('storage', callback);
  };
}
const readEnabled = () => typeof Notification !== 'undefined' && Notification.permission === 'granted' && localStorage.getItem(STORAGE_KEY) === 'on';

/** What an inbox event should notify, if anything (pure, for tests). */
export function alertFor(event: InboxStreamEvent, userId: string): { title: string; body: string } | null {
  const preview = typeof event.data.preview === 'string' ? event.data.preview : '';
  if (event.type === 'message.created' && event.data.direction === 'inbound') {
    return { title: 'New message', body: preview || 'A customer sent a message.' };
  }
  if (event.type === 'note.created' && Array.isArray(event.data.mentionedIds) && event.data.mentionedIds.includes(userId) && event.data.authorId !== userId) {
    const author = typeof event.data.authorName === 'string' ? event.data.authorName : 'A teammate';
    return { title: `${author} mentioned you`, body: preview };
  }
  return null;
}

export function DesktopAlerts({ userId }: { userId: string }) {
  const router = useRouter();
  const enabled = useSyncExternalStore(subscribe, readEnabled, () => false);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!enabled) return;
    const onEvent = (e: Event) => {
      const event = (e as CustomEvent<InboxStreamEvent>).detail;
      if (document.visibilityState === 'visible') return;
      const alert = alertFor(event, userId);
      if (!alert) return;
      const conversationId = event.data.conversationId ?? null;
      const notification = new Notification(alert.title, { body: alert.body, tag: `${event.type}:${event.id}`, icon: '/icon.svg' });
      notification.onclick = () => {
        window.focus();
        notification.close();
        const target = typeof conversationId === 'string' ? conversationId : null;
        if (target) router.push(`/inbox?c=${encodeURIComponent(target)}`);
      };
    };
    window.addEventListener(INBOX_STREAM_WINDOW_EVENT, onEvent);
    return () => window.removeEventListener(INBOX_STREAM_WINDOW_EVENT, onEvent);
  }, [enabled, userId, router]);

  const toggle = async () => {
    if (typeof Notification === 'undefined') {
      setMessage('This browser does not support desktop notifications.');
      return;
    }
    if (enabled) {
      localStorage.setItem(STORAGE_KEY, 'off');
      window.dispatchEvent(new Event(CHANGE_EVENT));
      setMessage('Desktop alerts off.');
      return;
    }
    const permission = Notification.permission === 'default' ? await Notification.requestPermission() : Notification.permission;
    if (permission !== 'granted') {
      setMessage('Notifications are blocked for this site in your browser settings.');
      return;
    }
    localStorage.setItem(STORAGE_KEY, 'on');
    window.dispatchEvent(new Event(CHANGE_EVENT));
    setMessage('Desktop alerts on while this tab is in the background.');
  };

  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        role="switch"
        aria-checked={enabled}
        onClick={toggle}
        title="Notify me of new messages and mentions while this tab is in the background"
        className="flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 aria-checked:bg-brand-50 aria-checked:text-brand-800 aria-checked:ring-brand-300"
      >
        <svg aria-hidden viewBox="0 0 20 20" fill="currentColor" className="h-3.5 w-3.5"><path d="M10 2a6 6 0 0 0-6 6c0 1.887-.454 3.665-1.257 5.234a.75.75 0 0 0 .515 1.076 32.91 32.91 0 0 0 3.256.508 3.5 3.5 0 0 0 6.972 0 32.903 32.903 0 0 0 3.256-.508.75.75 0 0 0 .515-1.076A11.448 11.448 0 0 1 16 8a6 6 0 0 0-6-6Zm0 14.5a2 2 0 0 1-1.95-1.557 33.54 33.54 0 0 0 3.9 0A2 2 0 0 1 10 16.5Z" /></svg>
        Desktop alerts
      </button>
      <p role="status" aria-live="polite" className="sr-only">{message}</p>
    </div>
  );
}
