import { db } from '../db';
import { AppError } from '../errors';
import type { ConsentRecordInput } from './consent-record.schema';
import { COOKIE_POLICY_VERSION } from './cookie-policy-version';
import { applyGlobalPrivacyControl } from './global-privacy-control';

/**
 * Stores proof of a visitor's cookie choice: consent id, choices, policy version, time and
 * user agent. Never the IP address. A GPC signal from the browser or the request header
 * forces advertising off, whatever the body says.
 */
export async function recordConsent(input: ConsentRecordInput & { userAgent: string | null; gpcHeader: boolean }): Promise<{ id: string; analytics: boolean; advertising: boolean }> {
  if (input.policyVersion !== COOKIE_POLICY_VERSION) throw new AppError('conflict', 'The cookie policy has changed; reload the page and choose again.');
  const gpc = input.gpc || input.gpcHeader;
  const choices = applyGlobalPrivacyControl({ analytics: input.analytics, advertising: input.advertising }, gpc);
  return db.consentRecord.create({
    data: {
      consentId: input.consentId,
      action: input.action,
      analytics: choices.analytics,
      advertising: choices.advertising,
      gpc,
      policyVersion: input.policyVersion,
      userAgent: input.userAgent?.slice(0, 512) ?? null,
    },
    select: { id: true, analytics: true, advertising: true },
  });
}
