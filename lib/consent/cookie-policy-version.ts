// The Cookie Policy's version. Bump it (a new ISO date) whenever a tracker, cookie, purpose or
// duration changes: every visitor whose consent cookie names an older version is asked again.
// Kept here, not in lib/legal/versions.ts, because the consent banner depends on it and
// lib/legal belongs to the legal pages; lib/legal may re-export it.
export const COOKIE_POLICY_VERSION = '2026-11-27';

/** "27 November 2026" — the policy's "Last updated" line. */
export function cookiePolicyLastUpdated(version = COOKIE_POLICY_VERSION): string {
  return new Date(`${version}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
