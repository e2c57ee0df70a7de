import { env } from '../env';

/**
 * Development tools — the dev mailbox (every email body, with its sign-in links) and the Meta
 * Graph API simulator — are served only outside production, or on the end-to-end server,
 * which runs a production build and sets DEV_TOOLS_IN_PRODUCTION so tests can use them.
 */
export function devToolsEnabled(): boolean {
  const { NODE_ENV, DEV_TOOLS_IN_PRODUCTION } = env();
  return NODE_ENV !== 'production' || DEV_TOOLS_IN_PRODUCTION;
}
