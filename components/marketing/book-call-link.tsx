'use client';
// "Book a call": a plain link, with attribution for the Conversions API added at click time when
// (and only when) the visitor has accepted advertising cookies.
import { CONSENT_COOKIE, currentConsent, readCookie } from '@/lib/consent/consent-cookie';
import { bookingLinkWithAttribution } from '@/lib/marketing/booking-link-with-attribution';

export function BookCallLink({ href, className }: { href: string; className: string }) {
  return (
    <a
      href={href}
      rel="noopener"
      className={className}
      onClick={(event) => {
        const consent = currentConsent(readCookie(document.cookie, CONSENT_COOKIE));
        event.currentTarget.href = bookingLinkWithAttribution(href, { advertising: consent?.advertising ?? false, userAgent: navigator.userAgent, pageUrl: location.href });
      }}
    >
      Book a call
    </a>
  );
}
