'use client';
// Keeps a server-rendered inbox page current: refreshes it (debounced) when the stream reports
// a change, shows whether the stream is live, and keeps the unread count in the tab title.
import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import { useInboxStream, type InboxStreamEvent } from './use-inbox-stream';

const DEBOUNCE_MS = 300;
const TITLE_COUNT = /^\(\d+\)\s+/;

/** `since`: the newest inbox event when the page was rendered; the stream replays what came after. */
export function LiveRefresh({ since }: { since?: number }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const { state, resume } = useInboxStream({
    since,
    onEvent(event: InboxStreamEvent) {
      if (typeof event.data.unreadTotal === 'number') setTitleCount(event.data.unreadTotal);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => router.refresh(), DEBOUNCE_MS);
    },
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const live = state === 'live';
  if (state === 'paused') {
    return (
      <p role="status" aria-live="polite" className="flex items-center gap-1.5 whitespace-nowrap text-xs text-slate-600" title="Live updates moved to a newer tab of this session.">
        <span aria-hidden className="inline-block h-2 w-2 shrink-0 rounded-full bg-slate-400" />
        Paused<span className="sr-only"> — live updates moved to a newer tab.</span>
        <button type="button" onClick={resume} className="rounded font-semibold text-brand-700 underline-offset-2 hover:underline focus-visible:underline focus-visible:outline-2 focus-visible:outline-brand-600">
          Resume
        </button>
      </p>
    );
  }
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-xs text-slate-600">
      <span aria-hidden className={`inline-block h-2 w-2 rounded-full ${live ? 'bg-emerald-500' : 'bg-amber-400'}`} />
      {live ? 'Live' : state === 'connecting' ? 'Connecting…' : state === 'ended' ? 'Signed out' : 'Reconnecting…'}
    </p>
  );
}

function setTitleCount(count: number) {
  const base = document.title.replace(TITLE_COUNT, '');
  document.title = count > 0 ? `(${count}) ${base}` : base;
}
