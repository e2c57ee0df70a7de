// One version per legal document: the date it last changed in substance. Pages print it as
// "Last updated"; the consent banner re-asks when the cookie policy's version changes.
// Bump the date in the same commit that changes the document. The cookie policy's version lives
// in lib/consent (the banner depends on it) and is only read here.
import { COOKIE_POLICY_VERSION } from '../consent/cookie-policy-version';

export const legalDocuments = {
  privacy: { title: 'Privacy Policy', path: '/legal/privacy', version: '2026-12-05' },
  terms: { title: 'Terms of Service', path: '/legal/terms', version: '2026-11-27' },
  cookies: { title: 'Cookie Policy', path: '/cookies', version: COOKIE_POLICY_VERSION },
  dataDeletion: { title: 'Data deletion', path: '/data-deletion', version: '2026-12-05' },
} as const satisfies Record<string, { title: string; path: string; version: `${number}-${number}-${number}` }>;

export type LegalDocumentId = keyof typeof legalDocuments;

export { COOKIE_POLICY_VERSION };

/** "27 November 2026" for a document's version date. */
export function formatLegalVersion(id: LegalDocumentId): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${legalDocuments[id].version}T00:00:00Z`));
}
