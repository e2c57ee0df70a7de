import { devToolsEnabled } from '../config/dev-tools-enabled';
import { AppError } from '../errors';

/** Server actions of the simulator: behave as if they did not exist in production. */
export function assertDevToolsEnabled(): void {
  if (!devToolsEnabled()) throw new AppError('not_found', 'Not found');
}
