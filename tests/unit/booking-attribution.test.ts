import { describe, expect, it } from 'vitest';
import { bookingLinkWithAttribution } from '@/lib/marketing/booking-link-with-attribution';

describe('Book a call attribution', () => {
  const base = 'https://cal.com/relaydesk/demo';
  it('adds nothing without advertising consent', () => {
    expect(bookingLinkWithAttribution(base, { advertising: false, userAgent: 'UA/1', pageUrl: 'https://relaydesk.test/pricing' })).toBe(base);
  });

  it('passes the user agent and the page (without fragment) as Cal.com metadata with consent', () => {
    const url = new URL(bookingLinkWithAttribution(base, { advertising: true, userAgent: 'Mozilla/5.0 Test', pageUrl: 'https://relaydesk.test/pricing?x=1#faq' }));
    expect(url.origin + url.pathname).toBe(base);
    expect(url.searchParams.get('metadata[userAgent]')).toBe('Mozilla/5.0 Test');
    expect(url.searchParams.get('metadata[sourceUrl]')).toBe('https://relaydesk.test/pricing?x=1');
  });
});
