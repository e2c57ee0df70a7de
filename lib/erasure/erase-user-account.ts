// Erases a Relaydesk account: workspaces where the user is the only member are erased with it;
// everywhere else the workspace's records stay but stop naming the user (author, assignee,
// uploader… cleared; audit entries lose the user's ids, IP, browser and metadata that names them).
// Sessions, tokens and memberships cascade with the user row. The routine behind "delete my
// account" after its grace period. Refuses while the user is the sole owner of a workspace that
// has other members (lib/account/request-account-deletion.ts checks the same rule up front).
import { db } from '../db';
import { AppError } from '../errors';
import { deleteEmailCopiesMentioning } from './delete-email-copies-mentioning';
import { eraseWorkspace } from './erase-workspace';

export async function soleOwnedSharedWorkspaces(userId: string): Promise<{ id: string; name: string }[]> {
  const owned = await db.membership.findMany({ where: { userId, role: 'owner' }, select: { workspace: { select: { id: true, name: true, memberships: { select: { userId: true, role: true } } } } } });
  return owned
    .map((m) => m.workspace)
    .filter((w) => w.memberships.length > 1 && w.memberships.filter((m) => m.role === 'owner').length === 1)
    .map(({ id, name }) => ({ id, name }));
}

export async function eraseUserAccount(options: { userId: string }): Promise<{ erased: boolean; workspacesErased: number }> {
  const { userId } = options;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, memberships: { select: { workspaceId: true } } } });
  if (!user) return { erased: false, workspacesErased: 0 };
  if ((await soleOwnedSharedWorkspaces(userId)).length > 0) {
    throw new AppError('conflict', 'Make another member owner of your shared workspaces before deleting your account.');
  }
  let workspacesErased = 0;
  for (const { workspaceId } of user.memberships) {
    const members = await db.membership.count({ where: { workspaceId } });
    if (members === 1) {
      await eraseWorkspace({ workspaceId });
      workspacesErased += 1;
    }
  }
  await db.$transaction(async (tx) => {
    await tx.conversation.updateMany({ where: { assigneeId: userId }, data: { assigneeId: null } });
    await tx.conversation.updateMany({ where: { takenOverById: userId }, data: { takenOverById: null } });
    await tx.message.updateMany({ where: { authorUserId: userId }, data: { authorUserId: null } });
    await tx.conversationNote.updateMany({ where: { authorId: userId }, data: { authorId: null } });
    await tx.$executeRaw`update "ConversationNote" set "mentionedIds" = array_remove("mentionedIds", ${userId}::uuid) where ${userId}::uuid = any("mentionedIds")`;
    await tx.replyDraft.updateMany({ where: { decidedById: userId }, data: { decidedById: null } });
    await tx.conversationPresence.deleteMany({ where: { userId } });
    await tx.notificationOutbox.deleteMany({ where: { userId } });
    // Mention alerts queued for others start with the author's name.
    await tx.notificationOutbox.deleteMany({ where: { summary: { startsWith: `${user.name}:` } } });
    await tx.outboundUpload.updateMany({ where: { uploadedById: userId }, data: { uploadedById: null } });
    await tx.agentSettingsVersion.updateMany({ where: { createdById: userId }, data: { createdById: null } });
    await tx.agentConfig.updateMany({ where: { updatedById: userId }, data: { updatedById: null } });
    await tx.knowledgeFile.updateMany({ where: { uploadedById: userId }, data: { uploadedById: null } });
    await tx.channel.updateMany({ where: { connectedById: userId }, data: { connectedById: null } });
    await tx.workspaceExport.updateMany({ where: { requestedById: userId }, data: { requestedById: null } });
    await tx.workspace.updateMany({ where: { closedById: userId }, data: { closedById: null } });
    await tx.invite.deleteMany({ where: { email: user.email } });
    await tx.dataDeletionRequest.updateMany({ where: { loggedByEmail: user.email }, data: { loggedByEmail: null } });
    // The audit log stays (it is the workspaces' record) but no longer identifies the user.
    await tx.auditLog.updateMany({ where: { actorUserId: userId }, data: { actorUserId: null, ipAddress: null, userAgent: null } });
    await tx.$executeRaw`update "AuditLog" set "targetId" = null where "targetId" = ${userId}`;
    await tx.$executeRaw`update "AuditLog" set metadata = '{"redacted":true}'::jsonb where metadata::text ilike ${`%${user.email}%`} or metadata::text like ${`%${userId}%`}`;
    await tx.$executeRaw`delete from "RateLimitBucket" where key ilike ${`%${user.email}%`}`;
    await tx.user.delete({ where: { id: userId } }); // sessions, tokens, memberships cascade
  });
  await deleteEmailCopiesMentioning([user.email, user.name.length >= 6 ? user.name : '']);
  return { erased: true, workspacesErased };
}
