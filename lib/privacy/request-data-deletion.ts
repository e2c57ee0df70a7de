// A deletion request from the public form: rate limited per IP like the auth forms (it is
// unauthenticated and queues work), then the same request + job as Meta's callback.
import type { RequestMeta } from '../http/request-meta-of';
import { enforceRateLimits, rateLimits } from '../security/rate-limit';
import { createDataDeletionRequest } from './create-data-deletion-request';
import type { DataDeletionRequestInput } from './data-deletion-request.schema';

export async function requestDataDeletion(input: DataDeletionRequestInput & { meta: Pick<RequestMeta, 'ipAddress'> }): Promise<{ confirmationCode: string }> {
  await enforceRateLimits([{ rule: rateLimits.dataDeletionPerIp, subject: input.meta.ipAddress ?? 'unknown' }]);
  const { confirmationCode } = await createDataDeletionRequest({ source: 'public_form', identifierType: input.identifierType, identifier: input.identifier });
  return { confirmationCode };
}
