import { decryptToken } from '../crypto/token-cipher';
import { AppError } from '../errors';

/**
 * The channel's plaintext token, for server-to-server Graph calls only. Never return it from an
 * action, put it in a job payload or log it.
 */
export function channelAccessToken(channel: { id: string; accessTokenEnc: string | null; status: string }): string {
  if (!channel.accessTokenEnc) throw new AppError('unavailable', 'This channel has no access token; reconnect it.');
  return decryptToken(channel.accessTokenEnc);
}
