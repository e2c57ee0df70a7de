import { hashPassword } from '../auth/hash-password';
import { assertSeatForNewMember } from '../billing/assert-seat-available';
import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { acceptInvite, type AcceptedInvite } from './accept-invite';
import { getInviteByToken } from './get-invite-by-token';
import { inviteProblem } from './invite-problem';

/**
 * Creates an account for the invited address and accepts the invite. Opening the emailed link
 * proves control of the inbox, so the address counts as verified. The caller signs them in.
 */
export async function signUpWithInvite(options: { token: string; name: string; password: string; meta?: Partial<RequestMeta> }): Promise<AcceptedInvite & { userId: string }> {
  const invite = await getInviteByToken(options.token);
  if (invite.state !== 'valid') throw inviteProblem(invite.state);
  // Checked before the account exists, so a full workspace leaves no account without a workspace.
  await db.$transaction((tx) => assertSeatForNewMember({ workspaceId: invite.workspaceId, tx }));
  const taken = await db.user.findUnique({ where: { email: invite.email }, select: { id: true } });
  if (taken) throw new AppError('conflict', `An account for ${invite.email} already exists. Log in to accept the invite.`);
  const passwordHash = await hashPassword(options.password);
  const user = await db.user
    .create({ data: { email: invite.email, name: options.name.trim(), passwordHash, emailVerifiedAt: new Date() }, select: { id: true } })
    .catch((error: unknown) => {
      if (error && typeof error === 'object' && 'code' in error && error.code === 'P2002') {
        throw new AppError('conflict', `An account for ${invite.email} already exists. Log in to accept the invite.`);
      }
      throw error;
    });
  const accepted = await acceptInvite({ token: options.token, userId: user.id, meta: options.meta });
  return { ...accepted, userId: user.id };
}
