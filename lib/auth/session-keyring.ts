import type { Keyring } from '../crypto/keyring';
import { env } from '../env';
import { AppError } from '../errors';

export function sessionKeyring(): Keyring {
  const keyring = env().SESSION_SECRETS;
  // Only reachable when someone runs `next dev` directly instead of `npm run dev`.
  if (!keyring) throw new AppError('unavailable', 'SESSION_SECRETS is not configured; start the app with `npm run dev`.');
  return keyring;
}
