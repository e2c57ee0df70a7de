// Response headers every answer carries, whichever server wrote it: next.config.ts applies them
// to everything Next serves, and the production server (lib/server/create-web-server.ts) sets
// them on the Meta webhook it answers before Next's router.
export type ResponseHeader = { key: string; value: string };

export function securityHeaders(production: boolean): ResponseHeader[] {
  return [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    { key: 'Permissions-Policy', value: 'camera=(), geolocation=(), microphone=(self)' },
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains; preload' }] : []),
  ];
}
