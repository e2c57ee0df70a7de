import { consentHooks } from './consent-client-config';

/** Reopens the consent banner (footer, Cookie Policy); the page's consent script handles the click. */
export function ManageCookiesButton({ className, children = 'Manage cookies' }: { className?: string; children?: React.ReactNode }) {
  return (
    <button type="button" {...{ [consentHooks.open]: '' }} className={className ?? 'rounded text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline'}>
      {children}
    </button>
  );
}
