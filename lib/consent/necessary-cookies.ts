// Our own cookies: set only when needed, never gated by consent; listed in the banner and the
// Cookie Policy next to the trackers (tracker-registry.ts).
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_COOKIE } from '../auth/session-policy';
import { PENDING_PAGES_COOKIE, PENDING_PAGES_TTL_SECONDS } from '../meta/oauth/pending-pages-cookie';
import { CONSENT_COOKIE, CONSENT_COOKIE_MAX_AGE_DAYS } from './consent-cookie';
import type { RegistryEntry } from './tracker-registry';

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/** Our own cookies: always set when needed, never gated by consent. */
export const necessaryCookies: RegistryEntry[] = [
  {
    key: 'relaydesk-session',
    name: 'Relaydesk sign-in',
    issuer: 'Relaydesk (first party)',
    category: 'necessary',
    purpose: 'Keeps you signed in to your Relaydesk account.',
    cookies: [
      {
        name: SESSION_COOKIE,
        purpose: 'Your signed-in session (HttpOnly). Set only when you log in; removed when you log out.',
        duration: `${days(SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000)} at most (ends after 7 days without use)`,
      },
      {
        name: PENDING_PAGES_COOKIE,
        purpose: 'Holds the Facebook Pages you can pick while connecting Messenger (dashboard only, encrypted).',
        duration: `${PENDING_PAGES_TTL_SECONDS / 60} minutes`,
      },
    ],
  },
  {
    key: 'relaydesk-consent',
    name: 'Cookie choice',
    issuer: 'Relaydesk (first party)',
    category: 'necessary',
    purpose: 'Remembers your cookie choice so we do not ask on every page.',
    cookies: [{ name: CONSENT_COOKIE, purpose: 'Your choices per category, a random consent id and the policy version you answered.', duration: days(CONSENT_COOKIE_MAX_AGE_DAYS) }],
  },
];

