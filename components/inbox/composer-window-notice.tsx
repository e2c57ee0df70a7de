'use client';
// The messaging window above the composer, with a live countdown (meta-platform.md §c, §d).
import { useSyncExternalStore } from 'react';
import type { ComposerWindow } from '@/lib/inbox/get-composer-state';
import { formatRemaining, formatUntil } from '@/lib/inbox/format-window-countdown';

// A clock in 30-second steps: the server renders no countdown (its clock is not the viewer's), the
// client fills it in and re-renders only when the step changes.
const STEP_MS = 30_000;
const clockSnapshot = () => Math.floor(Date.now() / STEP_MS) * STEP_MS;
function subscribeClock(onChange: () => void) {
  const timer = setInterval(onChange, 5_000);
  return () => clearInterval(timer);
}

export function ComposerWindowNotice({ window: w, blockedReason }: { window: ComposerWindow; blockedReason: string | null }) {
  const tick = useSyncExternalStore(subscribeClock, clockSnapshot, () => null);
  const now = tick === null ? null : new Date(tick);
  const endsAt = w.endsAt ? new Date(w.endsAt) : null;

  let tone = 'bg-slate-50 text-slate-700 ring-slate-200';
  let text: string;
  if (blockedReason) {
    tone = 'bg-red-50 text-red-800 ring-red-200';
    text = blockedReason;
  } else if (w.state === 'closed') {
    tone = 'bg-red-50 text-red-800 ring-red-200';
    text = w.reason;
  } else if (w.state === 'template_only') {
    tone = 'bg-amber-50 text-amber-900 ring-amber-200';
    text = `${w.reason} Pick one below.`;
  } else if (w.state === 'human_agent') {
    tone = 'bg-amber-50 text-amber-900 ring-amber-200';
    text = `Outside 24 h — your reply is sent as a human agent (HUMAN_AGENT tag)${endsAt && now ? `, until ${formatUntil(endsAt)} (${formatRemaining(endsAt, now)} left)` : ''}.`;
  } else if (w.mode === 'comment_public') {
    text = 'Public reply under the comment — everyone who sees the post can read it.';
  } else if (w.mode === 'comment_private') {
    text = endsAt && now ? `One private reply (DM) allowed — ${formatRemaining(endsAt, now)} left.` : w.reason;
  } else {
    text = endsAt && now ? `${formatRemaining(endsAt, now)} left in the 24-hour window` : w.reason;
  }
  return (
    <p data-window-state={blockedReason ? 'blocked' : w.state} className={`rounded-md px-2.5 py-1.5 text-xs ring-1 ${tone}`}>
      {text}
    </p>
  );
}
