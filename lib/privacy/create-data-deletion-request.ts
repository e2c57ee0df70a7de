// A data deletion request, from Meta's callback (by app-scoped user id) or — later — the public
// form (by Instagram handle, WhatsApp number or email). The confirmation code is what the
// requester sees on the public status page.
import { randomBytes } from 'node:crypto';
import { db } from '../db';
import { enqueue } from '../jobs/enqueue';

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function confirmationCode(length = 12): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export type DataDeletionSubject =
  | { source: 'meta_callback'; metaUserId: string }
  | { source: 'public_form'; identifierType: 'instagram_username' | 'whatsapp_number' | 'email'; identifier: string };

export async function createDataDeletionRequest(subject: DataDeletionSubject): Promise<{ id: string; confirmationCode: string }> {
  const request = await db.dataDeletionRequest.create({
    data: {
      confirmationCode: confirmationCode(),
      source: subject.source,
      metaUserId: subject.source === 'meta_callback' ? subject.metaUserId : null,
      identifierType: subject.source === 'public_form' ? subject.identifierType : null,
      identifier: subject.source === 'public_form' ? subject.identifier : null,
    },
    select: { id: true, confirmationCode: true },
  });
  await enqueue('process-data-deletion', { requestId: request.id }, { singletonKey: request.id });
  return request;
}
