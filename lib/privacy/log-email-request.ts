// A privacy request that arrived by email, logged by a platform admin (/platform/privacy). The
// admin records how they checked the requester's identity; only a verified request is processed
// (by the same job and erasure routines as every other path). The 30-day clock starts when the
// email arrived, which the admin enters.
import { db } from '../db';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import { isPlatformAdmin } from '../platform/is-platform-admin';
import { createDataDeletionRequest } from './create-data-deletion-request';
import type { DataDeletionRequestInput } from './data-deletion-request.schema';
import { PRIVACY_REQUEST_DUE_DAYS } from './deletion-codes';

function assertAdmin(adminEmail: string) {
  if (!isPlatformAdmin(adminEmail)) throw new AppError('forbidden', 'Only platform administrators can handle privacy requests.');
}

export async function logEmailPrivacyRequest(options: { adminEmail: string; input: DataDeletionRequestInput; receivedAt: Date; note: string; verified: boolean }) {
  assertAdmin(options.adminEmail);
  const request = await createDataDeletionRequest(
    { source: 'email_request', identifierType: options.input.identifierType, identifier: options.input.identifier, loggedByEmail: options.adminEmail, note: options.note },
    options.receivedAt,
  );
  if (options.verified) await processVerifiedRequest({ adminEmail: options.adminEmail, requestId: request.id });
  return { id: request.id, confirmationCode: request.confirmationCode };
}

/** The admin confirms they verified the requester (note says how) and the erasure is queued. */
export async function processVerifiedRequest(options: { adminEmail: string; requestId: string; now?: Date }) {
  assertAdmin(options.adminEmail);
  const now = options.now ?? new Date();
  const { count } = await db.dataDeletionRequest.updateMany({
    where: { id: options.requestId, source: 'email_request', status: 'awaiting_confirmation' },
    data: { status: 'pending', confirmedAt: now, confirmedVia: 'admin' },
  });
  if (!count) throw new AppError('conflict', 'This request is not waiting for verification.');
  await enqueue('process-data-deletion', { requestId: options.requestId }, { singletonKey: options.requestId });
}

export const dueDateOf = (receivedAt: Date) => new Date(receivedAt.getTime() + PRIVACY_REQUEST_DUE_DAYS * 86_400_000);
