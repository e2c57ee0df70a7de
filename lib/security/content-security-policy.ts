/**
 * Meta's CDNs, from which the inbox shows images it must not copy: contacts' profile pictures
 * (Instagram: scontent-*.cdninstagram.com or scontent.*.fbcdn.net; Messenger:
 * platform-lookaside.fbsbx.com) and Instagram story previews, which policy says to link, never
 * store (meta-platform.md §b "story_mention … only the CDN URL"). Allowing these hosts rather than
 * proxying keeps the server from fetching URLs that arrive in webhooks; any other host in such a
 * URL stays blocked.
 */
export const META_CDN_IMAGE_SOURCES = ['https://*.cdninstagram.com', 'https://*.fbcdn.net', 'https://*.fbsbx.com'] as const;

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
    `img-src 'self' blob: data: ${META_CDN_IMAGE_SOURCES.join(' ')}${extra('img')}`,
    "media-src 'self' blob:",
    "font-src 'self'",
    `connect-src 'self'${extra('connect')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
