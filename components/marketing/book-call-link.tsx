// "Book a call": a plain link. The page's consent script adds attribution for the Conversions
// API at click time, and only when the visitor has accepted advertising cookies.
import { consentHooks } from '@/components/consent/consent-client-config';

export function BookCallLink({ href, className }: { href: string; className: string }) {
  return (
    <a href={href} rel="noopener" className={className} {...{ [consentHooks.bookCall]: href }}>
      Book a call
    </a>
  );
}
