'use client';

import { OPEN_CONSENT_EVENT } from './consent-events';

/** Reopens the consent banner (footer, Cookie Policy). Works wherever the banner is mounted. */
export function ManageCookiesButton({ className, children = 'Manage cookies' }: { className?: string; children?: React.ReactNode }) {
  return (
    <button
      type="button"
      className={className ?? 'rounded text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline'}
      onClick={(event) => window.dispatchEvent(new CustomEvent(OPEN_CONSENT_EVENT, { detail: { returnFocusTo: event.currentTarget } }))}
    >
      {children}
    </button>
  );
}
