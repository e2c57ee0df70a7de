// The Conversions API needs the visitor's user agent and the page they booked from, and Cal.com's
// webhook only carries what the booking link passed as `metadata[…]`. Both are advertising data,
// so they are added only for visitors who accepted advertising; other bookings reach Meta never
// (the capi job stores them as skipped, without identifiers).
export function bookingLinkWithAttribution(base: string, visitor: { advertising: boolean; userAgent: string; pageUrl: string }): string {
  if (!visitor.advertising) return base;
  const url = new URL(base);
  url.searchParams.set('metadata[userAgent]', visitor.userAgent.slice(0, 400));
  url.searchParams.set('metadata[sourceUrl]', visitor.pageUrl.split('#')[0]!.slice(0, 400));
  return url.toString();
}
