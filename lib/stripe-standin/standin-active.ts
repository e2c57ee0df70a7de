import { AppError } from '../errors';
import { billingConfig } from '../billing/billing-config';
import { devToolsEnabled } from '../config/dev-tools-enabled';

/** The stand-in's routes and pages exist only with dev tools on and billing pointed at it. */
export function standInActive(): boolean {
  return devToolsEnabled() && billingConfig().mode === 'standin';
}

/** Server actions of the stand-in: behave as if they did not exist in production. */
export function assertStandInActive(): void {
  if (!standInActive()) throw new AppError('not_found', 'Not found');
}
