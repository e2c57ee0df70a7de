// The one setting of the guarded fetcher (lib/http/safe-fetch.ts), spread into lib/env.ts.
//
// SAFE_FETCH_ALLOWLIST names URL prefixes (`http://localhost:3000/api/dev/meta/`) that outside
// URLs may point at even though they are loopback/private or plain http. It exists for the Meta
// simulator (which serves "CDN" media from the app itself) and for tests with local servers, and is
// deliberately narrow: a prefix, not a "test mode" switch, so everything else stays guarded in
// development too. lib/env.ts refuses it in production unless DEV_TOOLS_IN_PRODUCTION is set (the
// e2e server), so a deployment is strict by default and cannot be loosened by accident.
import { z } from 'zod';

const prefix = z.url({ protocol: /^https?$/, message: 'each entry must be an absolute http(s) URL prefix such as http://localhost:3000/api/dev/meta/' });

export const safeFetchEnvShape = {
  SAFE_FETCH_ALLOWLIST: z
    .string()
    .optional()
    .transform((value) => (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(prefix)),
};
