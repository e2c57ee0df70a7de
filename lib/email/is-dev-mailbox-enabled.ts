import { env } from '../env';

/**
 * The dev mailbox shows every email body (with its sign-in links), so it is served only
 * outside production — or on the end-to-end server, which runs a production build and sets
 * DEV_MAILBOX_IN_PRODUCTION so tests can read the emails.
 */
export function isDevMailboxEnabled(): boolean {
  const { NODE_ENV, DEV_MAILBOX_IN_PRODUCTION } = env();
  return NODE_ENV !== 'production' || DEV_MAILBOX_IN_PRODUCTION;
}
