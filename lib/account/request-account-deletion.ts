// "Delete my account": refused while the user is the sole owner of a workspace that has other
// members (they must hand it over first, or the team loses its workspace); otherwise the account
// is erased after ACCOUNT_DELETION_GRACE_DAYS by the erase-user-account job. Signing in during the
// grace period shows a banner with "Keep my account". Confirmation email; audit entry per workspace.
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { soleOwnedSharedWorkspaces } from '../erasure/erase-user-account';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import { ACCOUNT_DELETION_GRACE_DAYS } from './account-deletion-policy';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export async function requestAccountDeletion(options: { userId: string; via: 'self' | 'privacy_request'; meta?: Partial<RequestMeta> | null; now?: Date }): Promise<{ deleteAfter: Date }> {
  const now = options.now ?? new Date();
  const blocking = await soleOwnedSharedWorkspaces(options.userId);
  if (blocking.length > 0) {
    throw new AppError('conflict', `You are the only owner of ${blocking.map((w) => w.name).join(', ')}. Make another member owner (Team page) or remove the other members first.`, { workspaces: blocking.map((w) => w.id) });
  }
  const user = await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { email: true, name: true, deleteAfter: true, memberships: { select: { workspaceId: true } } } });
  if (user.deleteAfter) return { deleteAfter: user.deleteAfter };
  const deleteAfter = new Date(now.getTime() + ACCOUNT_DELETION_GRACE_DAYS * 86_400_000);
  const { count } = await db.user.updateMany({ where: { id: options.userId, deleteAfter: null }, data: { deletionRequestedAt: now, deleteAfter } });
  if (!count) return { deleteAfter: (await db.user.findUniqueOrThrow({ where: { id: options.userId }, select: { deleteAfter: true } })).deleteAfter! };
  await enqueue('erase-user-account', { userId: options.userId }, { startAfter: deleteAfter, singletonKey: `${options.userId}:${deleteAfter.getTime()}` });
  for (const { workspaceId } of user.memberships) {
    await recordAudit({ action: 'account.deletion_requested', workspaceId, actorUserId: options.userId, targetType: 'user', targetId: options.userId, meta: options.meta, metadata: { via: options.via, deleteAfter: deleteAfter.toISOString() } });
  }
  await sendEmail({
    to: user.email,
    template: 'privacy-notice',
    props: {
      name: user.name,
      subject: 'Your Relaydesk account will be deleted',
      heading: 'Your account will be deleted',
      paragraphs: [
        `${options.via === 'self' ? 'You asked us' : 'A confirmed data deletion request asked us'} to delete your Relaydesk account. We will delete it on ${dateFormat.format(deleteAfter)}, together with any workspace where you are the only member.`,
        'Changed your mind? Sign in before then and choose "Keep my account".',
      ],
      action: { label: 'Sign in', url: new URL('/login', env().APP_URL).toString() },
    },
  });
  return { deleteAfter };
}
