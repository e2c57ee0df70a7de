import { SIMULATOR_APP_SECRET } from '../devtools/meta-simulator-defaults';
import { env } from '../env';

/** The secret the simulator signs webhooks with and checks `client_secret` against. */
export function simulatorAppSecret(): string {
  return env().META_APP_SECRET ?? SIMULATOR_APP_SECRET;
}
