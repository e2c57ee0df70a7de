// A customer sent a deletion proof code to a business. The request is confirmed only when the
// sender is the identity the request names: the WhatsApp number (wa_id) itself, or the Instagram
// account with that username. Anyone else sending the code counts as a mismatch; after
// PROOF_MAX_MISMATCHES the code stops working. The code message is the person's data and is
// erased with everything else once the request runs.
import { db } from '../db';
import { AppError } from '../errors';
import { enqueue } from '../jobs/enqueue';
import { findProofCode, PROOF_MAX_MISMATCHES } from './deletion-codes';

export type ProofCheckResult = 'confirmed' | 'no_code' | 'unknown_code' | 'mismatch' | 'profile_pending';

export async function checkDeletionProof(options: { workspaceId: string; messageId: string; now?: Date }): Promise<ProofCheckResult> {
  const now = options.now ?? new Date();
  const message = await db.message.findFirst({
    where: { workspaceId: options.workspaceId, id: options.messageId, direction: 'inbound' },
    select: { text: true, channel: { select: { type: true } }, conversation: { select: { contact: { select: { externalId: true, username: true } } } } },
  });
  const code = findProofCode(message?.text);
  if (!message || !code) return 'no_code';
  // Unscoped on purpose: requests span workspaces; the code is the lookup key.
  const request = await db.dataDeletionRequest.findUnique({ where: { proofCode: code }, select: { id: true, status: true, expiresAt: true, identifierType: true, identifier: true } });
  if (!request || request.status !== 'awaiting_confirmation' || !request.identifier || (request.expiresAt && request.expiresAt <= now)) return 'unknown_code';
  const contact = message.conversation.contact;
  let matches = false;
  if (request.identifierType === 'whatsapp_number') matches = message.channel.type === 'whatsapp' && contact.externalId.replace(/\D/g, '') === request.identifier;
  if (request.identifierType === 'instagram_username' && message.channel.type === 'instagram') {
    // A new DM contact is profiled by a job right after storing; retry until the handle is known.
    if (!contact.username) throw new AppError('conflict', 'The sender\'s Instagram profile is not fetched yet');
    matches = contact.username.toLowerCase() === request.identifier;
  }
  if (!matches) {
    const updated = await db.dataDeletionRequest.update({ where: { id: request.id }, data: { proofMismatches: { increment: 1 } }, select: { proofMismatches: true } });
    if (updated.proofMismatches >= PROOF_MAX_MISMATCHES) await db.dataDeletionRequest.updateMany({ where: { id: request.id, status: 'awaiting_confirmation' }, data: { proofCode: null } });
    return 'mismatch';
  }
  const { count } = await db.dataDeletionRequest.updateMany({
    where: { id: request.id, status: 'awaiting_confirmation' },
    data: { status: 'pending', confirmedAt: now, confirmedVia: 'message_code', proofCode: null },
  });
  if (count) await enqueue('process-data-deletion', { requestId: request.id }, { singletonKey: request.id });
  return 'confirmed';
}
