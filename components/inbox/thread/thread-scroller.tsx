'use client';
// The thread's scroll box: opens at the newest message and stays pinned to the bottom when new
// messages arrive, but only if the reader was already at the bottom (otherwise keeps position).
import { useEffect, useLayoutEffect, useRef } from 'react';

const PINNED_SLACK_PX = 48;

export function ThreadScroller({ conversationId, children }: { conversationId: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);

  // A different conversation (or page of it): start at the bottom.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    el.scrollTop = el.scrollHeight;
    pinned.current = true;
  }, [conversationId]);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const onScroll = () => {
      pinned.current = el.scrollHeight - el.scrollTop - el.clientHeight <= PINNED_SLACK_PX;
    };
    // New messages (a refresh re-renders the children) and late-loading images change the height.
    const stick = () => {
      if (pinned.current) el.scrollTop = el.scrollHeight;
    };
    const content = el.firstElementChild;
    const resize = new ResizeObserver(stick);
    if (content) resize.observe(content);
    const mutations = new MutationObserver(stick);
    mutations.observe(el, { childList: true, subtree: true });
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      resize.disconnect();
      mutations.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, []);

  return (
    <div ref={box} className="min-h-0 flex-1 overflow-y-auto bg-slate-50" tabIndex={0} role="region" aria-label="Messages">
      <div>{children}</div>
    </div>
  );
}
