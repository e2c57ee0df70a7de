// A privacy request. Meta's callback is proven by its signature, so it is queued at once. A
// public request is only recorded: it waits for its proof (a code the person sends from the
// account, or the link emailed to the address) and expires after PUBLIC_REQUEST_EXPIRY_DAYS,
// erasing nothing (issue 12.1). An email request logged by a platform admin waits for the admin
// to process it, after they checked the requester's identity.
import { randomBytes, createHash } from 'node:crypto';
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';
import { newConfirmationCode, newProofCode, PRIVACY_REQUEST_DUE_DAYS, PUBLIC_REQUEST_EXPIRY_DAYS } from './deletion-codes';
import { hashIdentifier } from './hash-identifier';

export type DataDeletionSubject =
  | { source: 'meta_callback'; metaUserId: string }
  | { source: 'public_form' | 'email_request'; identifierType: 'instagram_username' | 'whatsapp_number' | 'email'; identifier: string; loggedByEmail?: string; note?: string };

const DAY = 86_400_000;

export async function createDataDeletionRequest(subject: DataDeletionSubject, now = new Date()): Promise<{ id: string; confirmationCode: string; proofCode: string | null; emailToken: string | null }> {
  const identifierType = subject.source === 'meta_callback' ? 'meta_user' : subject.identifierType;
  const identifier = subject.source === 'meta_callback' ? subject.metaUserId : subject.identifier;
  const isPublic = subject.source === 'public_form';
  const proofCode = isPublic && identifierType !== 'email' ? newProofCode() : null;
  const emailToken = isPublic && identifierType === 'email' ? randomBytes(32).toString('base64url') : null;
  const request = await db.dataDeletionRequest.create({
    data: {
      confirmationCode: newConfirmationCode(),
      source: subject.source,
      identifierType,
      identifier,
      identifierHash: hashIdentifier(identifier),
      status: subject.source === 'meta_callback' ? 'pending' : 'awaiting_confirmation',
      confirmedAt: subject.source === 'meta_callback' ? now : null,
      confirmedVia: subject.source === 'meta_callback' ? 'meta_signature' : null,
      proofCode,
      proofTokenHash: emailToken ? createHash('sha256').update(emailToken).digest('hex') : null,
      expiresAt: isPublic ? new Date(now.getTime() + PUBLIC_REQUEST_EXPIRY_DAYS * DAY) : null,
      dueAt: new Date(now.getTime() + PRIVACY_REQUEST_DUE_DAYS * DAY),
      loggedByEmail: subject.source === 'email_request' ? (subject.loggedByEmail ?? null) : null,
      note: subject.source === 'email_request' ? (subject.note ?? null) : null,
      requestedAt: now,
    },
    select: { id: true, confirmationCode: true },
  });
  if (subject.source === 'meta_callback') await enqueue('process-data-deletion', { requestId: request.id }, { singletonKey: request.id });
  return { ...request, proofCode, emailToken };
}
