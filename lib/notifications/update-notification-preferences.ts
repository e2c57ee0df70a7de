import type { WorkspaceContext } from '../workspaces/context';
import type { NotificationPreferences } from './notification-preferences.schema';

/** The signed-in member's email alert preferences in the current workspace. */
export async function getNotificationPreferences({ ctx }: { ctx: Pick<WorkspaceContext, 'db' | 'user'> }): Promise<NotificationPreferences> {
  const row = await ctx.db.membership.findFirst({ where: { userId: ctx.user.id }, select: { notifyNewConversations: true, notifyMentions: true } });
  return row ?? { notifyNewConversations: false, notifyMentions: false };
}

/** Changes only the caller's own membership row in the current workspace. */
export async function updateNotificationPreferences({ ctx, ...preferences }: { ctx: Pick<WorkspaceContext, 'db' | 'user'> } & NotificationPreferences): Promise<void> {
  await ctx.db.membership.updateMany({ where: { userId: ctx.user.id }, data: preferences });
}
