// Carries out a confirmed DataDeletionRequest with the erasure routines (lib/erasure). A public
// request that was never proven is refused here too, whatever queued it (issue 12.1).
// - Meta user (signed callback): every channel that user connected is disconnected, its customer
//   data erased, and the channel stops naming the user.
// - WhatsApp number / Instagram username (proven by a code sent from that account): the matching
//   contacts in every workspace — a wa_id is one number everywhere, and proving control of a
//   handle once proves it for all businesses.
// - Email (proven by the emailed link): invitations and email copies to the address; a
//   Relaydesk account with it is scheduled for deletion with the usual grace period.
// Each affected workspace gets an audit entry and a notice. Idempotent: closed requests are skipped.
import { db } from '../db';
import { requestAccountDeletion } from '../account/request-account-deletion';
import { deleteEmailCopiesMentioning } from '../erasure/delete-email-copies-mentioning';
import { eraseChannelData } from '../erasure/erase-channel-data';
import { eraseContacts } from '../erasure/erase-contacts';
import { addErasureCounts, emptyErasureCounts, type ErasureCounts } from '../erasure/erasure-counts';
import { isAppError } from '../errors';
import type { Prisma } from '../generated/prisma/client';
import { forgetChannelRoutes } from '../meta/webhooks/find-channel-routes';
import { notifyWorkspaceOfErasure } from './notify-workspace-of-erasure';

export type DeletionDetails = ErasureCounts & {
  workspaces: number;
  channels?: number;
  invitations?: number;
  emailCopies?: number;
  /** Email requests: what happened to a Relaydesk account with that address. */
  account?: 'none' | 'scheduled' | 'blocked';
  accountDeleteAfter?: string;
};

export async function processDataDeletionRequest(options: { requestId: string }): Promise<{ skipped: boolean; reason?: string } & Partial<DeletionDetails>> {
  // Unscoped on purpose: a privacy request spans workspaces by design; the id comes from our queue.
  const request = await db.dataDeletionRequest.findUnique({ where: { id: options.requestId } });
  if (!request || request.status === 'completed' || request.status === 'expired') return { skipped: true, reason: 'closed' };
  if (!request.confirmedAt || !request.identifier || !request.identifierType) return { skipped: true, reason: 'not confirmed' };
  await db.dataDeletionRequest.update({ where: { id: request.id }, data: { status: 'in_progress' } });
  const source = request.source === 'meta_callback' ? 'meta_callback' : request.source === 'email_request' ? 'email_request' : 'public_request';
  let details: DeletionDetails;
  if (request.identifierType === 'meta_user') details = await eraseMetaUser(request.id, request.identifier);
  else if (request.identifierType === 'email') details = await eraseEmailSubject(request.identifier);
  else details = await eraseContactsByIdentifier(request.id, source === 'email_request' ? 'email_request' : 'public_request', request.identifierType, request.identifier);
  await db.dataDeletionRequest.update({
    where: { id: request.id },
    // The identifier itself goes now; identifierHash stays as proof (lib/privacy/hash-identifier.ts).
    data: { status: 'completed', completedAt: new Date(), details: details as unknown as Prisma.InputJsonObject, identifier: null, proofCode: null, proofTokenHash: null },
  });
  return { skipped: false, ...details };
}

async function eraseMetaUser(requestId: string, metaUserId: string): Promise<DeletionDetails> {
  const channels = await db.channel.findMany({ where: { metaUserId }, select: { id: true, workspaceId: true } });
  const byWorkspace = new Map<string, { counts: ErasureCounts; channels: number }>();
  const now = new Date();
  for (const channel of channels) {
    await db.channel.update({
      where: { id: channel.id },
      data: { status: 'disconnected', accessTokenEnc: null, tokenExpiresAt: null, deleteDataAfter: now, disconnectedAt: now, metaUserId: null, statusReason: 'Data deleted at the request of the Facebook or Instagram user who connected it.' },
    });
    forgetChannelRoutes(); // webhooks for this account stop routing to the disconnected channel at once
    const counts = await eraseChannelData({ workspaceId: channel.workspaceId, channelId: channel.id });
    const entry = byWorkspace.get(channel.workspaceId) ?? { counts: emptyErasureCounts(), channels: 0 };
    byWorkspace.set(channel.workspaceId, { counts: addErasureCounts(entry.counts, counts), channels: entry.channels + 1 });
  }
  let total = emptyErasureCounts();
  for (const [workspaceId, entry] of byWorkspace) {
    total = addErasureCounts(total, entry.counts);
    await notifyWorkspaceOfErasure({ workspaceId, requestId, source: 'meta_callback', counts: entry.counts, channels: entry.channels });
  }
  return { ...total, workspaces: byWorkspace.size, channels: channels.length };
}

async function eraseContactsByIdentifier(requestId: string, source: 'public_request' | 'email_request', type: string, identifier: string): Promise<DeletionDetails> {
  const where: Prisma.ContactWhereInput | null =
    type === 'instagram_username'
      ? { username: { equals: identifier, mode: 'insensitive' }, channel: { type: 'instagram' } }
      : type === 'whatsapp_number'
        ? { externalId: identifier, channel: { type: 'whatsapp' } }
        : null;
  const contacts = where ? await db.contact.findMany({ where, select: { id: true, workspaceId: true } }) : [];
  const byWorkspace = new Map<string, string[]>();
  for (const c of contacts) byWorkspace.set(c.workspaceId, [...(byWorkspace.get(c.workspaceId) ?? []), c.id]);
  let total = emptyErasureCounts();
  for (const [workspaceId, contactIds] of byWorkspace) {
    const counts = await eraseContacts({ workspaceId, contactIds });
    total = addErasureCounts(total, counts);
    await notifyWorkspaceOfErasure({ workspaceId, requestId, source, counts });
  }
  return { ...total, workspaces: byWorkspace.size };
}

async function eraseEmailSubject(email: string): Promise<DeletionDetails> {
  const invitations = (await db.invite.deleteMany({ where: { email, acceptedAt: null } })).count;
  const emailCopies = await deleteEmailCopiesMentioning([email]);
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  let account: DeletionDetails['account'] = 'none';
  let accountDeleteAfter: string | undefined;
  if (user) {
    try {
      accountDeleteAfter = (await requestAccountDeletion({ userId: user.id, via: 'privacy_request' })).deleteAfter.toISOString();
      account = 'scheduled';
    } catch (error) {
      if (!isAppError(error)) throw error;
      account = 'blocked';
    }
  }
  return { ...emptyErasureCounts(), workspaces: 0, invitations, emailCopies, account, ...(accountDeleteAfter ? { accountDeleteAfter } : {}) };
}
