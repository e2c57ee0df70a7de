import { env } from '../../env';
import type { ChannelType } from '../../generated/prisma/enums';

/** Must match byte for byte between the dialog and the code exchange (and the App Dashboard). */
export function connectRedirectUri(type: ChannelType): string {
  return new URL(`/api/channels/${type}/callback`, env().APP_URL).toString();
}
