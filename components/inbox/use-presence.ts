'use client';
// Presence heartbeats for the open conversation: "viewing" every 20 s while the pane is open,
// "typing" (throttled) while the composer has input, "left" on unmount or pagehide. The
// composer calls notifyTyping() from its onChange; it reaches whichever pane is mounted.
import { useEffect } from 'react';

const HEARTBEAT_MS = 20_000;
/** Typing stops counting this long after the last keystroke. */
const TYPING_IDLE_MS = 4_000;

type State = 'viewing' | 'typing' | 'left';
let active: { conversationId: string; typing: boolean; idleTimer?: ReturnType<typeof setTimeout> } | null = null;

function post(conversationId: string, state: State) {
  // keepalive lets the "left" beat survive the page unloading.
  void fetch('/api/inbox/presence', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ conversationId, state }),
    keepalive: true,
    credentials: 'same-origin',
  }).catch(() => {});
}

/** Call on every composer change: posts "typing" once, then "viewing" after 4 s without input. */
export function notifyTyping(hasInput = true) {
  const current = active;
  if (!current) return;
  clearTimeout(current.idleTimer);
  if (!hasInput) {
    if (current.typing) { current.typing = false; post(current.conversationId, 'viewing'); }
    return;
  }
  if (!current.typing) {
    current.typing = true;
    post(current.conversationId, 'typing');
  }
  current.idleTimer = setTimeout(() => {
    if (active === current && current.typing) {
      current.typing = false;
      post(current.conversationId, 'viewing');
    }
  }, TYPING_IDLE_MS);
}

export function usePresence(conversationId: string) {
  useEffect(() => {
    const session: NonNullable<typeof active> = { conversationId, typing: false };
    active = session;
    const beat = () => {
      if (document.visibilityState === 'visible') post(conversationId, session.typing ? 'typing' : 'viewing');
    };
    beat();
    const interval = setInterval(beat, HEARTBEAT_MS);
    const leave = () => post(conversationId, 'left');
    const onVisible = () => { if (document.visibilityState === 'visible') beat(); };
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearInterval(interval);
      clearTimeout(session.idleTimer);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisible);
      if (active === session) active = null;
      leave();
    };
  }, [conversationId]);
  return { notifyTyping };
}
