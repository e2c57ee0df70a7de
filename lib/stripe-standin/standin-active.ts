import { billingConfig } from '../billing/billing-config';
import { devToolsEnabled } from '../config/dev-tools-enabled';

/** The stand-in's routes and pages exist only with dev tools on and billing pointed at it. */
export function standInActive(): boolean {
  return devToolsEnabled() && billingConfig().mode === 'standin';
}
