/**
 * Per-request CSP. Scripts need the request's nonce ('strict-dynamic' lets Next's loader add
 * chunks); styles allow inline because React style attributes cannot carry nonces.
 * `trackers` adds the hosts of the enabled trackers (lib/consent/tracker-registry.ts) — empty
 * when none is configured; they load only after consent, which the page enforces, not the CSP.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; trackers?: { script: string[]; connect: string[]; img: string[] } }): string {
  const extra = (kind: 'script' | 'connect' | 'img') => (options.trackers?.[kind] ?? []).map((source) => ` ${source}`).join('');
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}${extra('script')}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' blob: data:${extra('img')}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${extra('connect')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
