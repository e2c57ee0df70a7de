// "Book a call" target. Read straight from process.env (not env()) because the marketing pages
// are prerendered at build time, where NEXT_PUBLIC_ values are inlined; lib/env.ts still
// validates it when the server starts.
export function bookingUrl(raw = process.env.NEXT_PUBLIC_BOOKING_URL): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}
