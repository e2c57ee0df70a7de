// "Close workspace" (owner only): every member loses access at once, the subscription is
// cancelled, and the workspace is erased after WORKSPACE_CLOSURE_GRACE_DAYS by the
// erase-closed-workspace job unless an owner restores it. Members are emailed.
import { WORKSPACE_CLOSURE_GRACE_DAYS } from '../account/account-deletion-policy';
import { recordAudit } from '../audit/record-audit';
import { cancelSubscriptionForClosedWorkspace } from '../billing/cancel-subscription-for-closed-workspace';
import { disconnectChannel } from '../channels/disconnect-channel';
import { db } from '../db';
import { sendEmail } from '../email/send-email';
import { env } from '../env';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { enqueue } from '../jobs/enqueue';
import type { WorkspaceContext } from './context';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export async function closeWorkspace(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'user' | 'can' | 'db'>; confirmName: string; meta?: Partial<RequestMeta> | null; now?: Date }): Promise<{ eraseAfter: Date }> {
  const { ctx } = options;
  if (!ctx.can('workspace.close')) throw new AppError('forbidden', 'Only owners can close a workspace.');
  if (options.confirmName.trim() !== ctx.workspace.name) throw new AppError('bad_request', 'Type the workspace name exactly to confirm.');
  const now = options.now ?? new Date();
  const eraseAfter = new Date(now.getTime() + WORKSPACE_CLOSURE_GRACE_DAYS * 86_400_000);
  const { count } = await db.workspace.updateMany({ where: { id: ctx.workspace.id, closedAt: null }, data: { closedAt: now, closedById: ctx.user.id, eraseAfter } });
  if (!count) throw new AppError('conflict', 'This workspace is already closed.');
  await cancelSubscriptionForClosedWorkspace({ workspaceId: ctx.workspace.id });
  // Channels stop at once (revoked at Meta), so no AI keeps answering customers of a closed
  // workspace; a restored workspace reconnects them, which also cancels their data deletion.
  const channels = await ctx.db.channel.findMany({ where: { status: { not: 'disconnected' } }, select: { id: true } });
  for (const channel of channels) await disconnectChannel({ ctx, channelId: channel.id, deleteNow: false, meta: options.meta, now });
  await enqueue('erase-closed-workspace', { workspaceId: ctx.workspace.id }, { startAfter: eraseAfter, singletonKey: `${ctx.workspace.id}:${eraseAfter.getTime()}` });
  await recordAudit({ action: 'workspace.closed', ctx, meta: options.meta, targetType: 'workspace', targetId: ctx.workspace.id, metadata: { eraseAfter: eraseAfter.toISOString() } });
  const members = await db.membership.findMany({ where: { workspaceId: ctx.workspace.id }, select: { role: true, user: { select: { email: true, name: true } } } });
  for (const member of members) {
    const owner = member.role === 'owner';
    await sendEmail({
      to: member.user.email,
      template: 'privacy-notice',
      props: {
        name: member.user.name,
        subject: `${ctx.workspace.name} was closed`,
        heading: 'Workspace closed',
        paragraphs: [
          `${ctx.user.name} closed the workspace ${ctx.workspace.name}. Nobody can use it any more, and its channels were disconnected (a restored workspace reconnects them on the Channels page).`,
          `Everything in it — conversations, contacts, media, settings and the audit log — will be deleted for good on ${dateFormat.format(eraseAfter)}.`,
          owner ? 'Until then you can restore it on the Closed workspaces page.' : 'Until then an owner can restore it.',
        ],
        ...(owner ? { action: { label: 'Restore workspace', url: new URL('/workspaces/closed', env().APP_URL).toString() } } : {}),
      },
    });
  }
  return { eraseAfter };
}
