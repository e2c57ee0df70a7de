// Makes a test file's first env() read see a production deployment without dev tools (for the
// "dev tools are 404 in production" tests). Call in beforeAll, before any lib module reads env().
import { vi } from 'vitest';
import { company } from './company-env';
import { productionStripe } from './stripe-env';

export function stubProductionEnv(): void {
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('DEV_TOOLS_IN_PRODUCTION', '');
  vi.stubEnv('META_APP_SECRET', 'production_secret_0123456789');
  vi.stubEnv('META_WEBHOOK_VERIFY_TOKEN', 'production-verify-token');
  for (const [name, value] of Object.entries({ ...company, ...productionStripe })) vi.stubEnv(name, value);
}
