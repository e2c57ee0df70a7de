// A deletion request from the public form: rate limited per IP and per identifier (it is
// unauthenticated, and an email identifier makes us send mail), then recorded awaiting proof.
// Nothing is erased here; for an email the confirmation link goes to that address.
import { createHash } from 'node:crypto';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import type { RequestMeta } from '../http/request-meta-of';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';
import { createDataDeletionRequest } from './create-data-deletion-request';
import type { DataDeletionRequestInput } from './data-deletion-request.schema';
import { PUBLIC_REQUEST_EXPIRY_DAYS } from './deletion-codes';

export async function requestDataDeletion(input: DataDeletionRequestInput & { meta: Pick<RequestMeta, 'ipAddress'> }): Promise<{ confirmationCode: string }> {
  // The bucket key holds a hash, never the number or address itself.
  const identifierKey = createHash('sha256').update(`${input.identifierType}:${input.identifier}`).digest('hex').slice(0, 32);
  await enforceRateLimits([
    { rule: rateLimits.dataDeletionPerIp, subject: input.meta.ipAddress ?? 'unknown' },
    { rule: rateLimits.dataDeletionPerIdentifier, subject: identifierKey },
  ]);
  const request = await createDataDeletionRequest({ source: 'public_form', identifierType: input.identifierType, identifier: input.identifier });
  if (request.emailToken) {
    const url = new URL('/data-deletion/confirm', env().APP_URL);
    url.searchParams.set('token', request.emailToken);
    await sendEmail({
      to: input.identifier,
      template: 'privacy-notice',
      props: {
        name: '',
        subject: 'Confirm your data deletion request',
        heading: 'Confirm your data deletion request',
        paragraphs: [
          'Someone — hopefully you — asked Relaydesk to delete the data it holds about this email address.',
          `Nothing is deleted until you confirm. The link works for ${PUBLIC_REQUEST_EXPIRY_DAYS} days. If you did not ask for this, ignore this email and nothing happens.`,
          `Your confirmation code is ${request.confirmationCode}; it shows the request's status at any time.`,
        ],
        action: { label: 'Confirm deletion', url: url.toString() },
      },
    });
  }
  return { confirmationCode: request.confirmationCode };
}
