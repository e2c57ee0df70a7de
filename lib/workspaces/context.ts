// Resolves who is asking and in which workspace, once per request. Everything tenant-owned is
// read and written through `ctx.db`, the workspace-scoped client.
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { Role } from '../generated/prisma/enums';
import { getCurrentSession, type CurrentSession } from '../auth/get-current-session';
import { db } from '../db';
import { AppError } from '../errors';
import { can, type Permission } from './permissions';
import { scopedDb, type ScopedDb } from './scoped-db';

export type WorkspaceContext = {
  session: CurrentSession;
  user: CurrentSession['user'];
  workspace: { id: string; name: string; slug: string };
  role: Role;
  db: ScopedDb;
  can(permission: Permission): boolean;
};

/** null when signed out or when the user belongs to no workspace. */
export const resolveWorkspaceContext = cache(async (): Promise<WorkspaceContext | null> => {
  const session = await getCurrentSession();
  if (!session) return null;
  const select = { role: true, workspace: { select: { id: true, name: true, slug: true } } } as const;
  // The session remembers the last workspace; fall back to the oldest membership if the user
  // has since left it (membership is re-checked on every request, never trusted from the cookie).
  // A closed workspace is out of reach for everyone until an owner restores it (Settings → Account).
  const membership =
    (session.currentWorkspaceId
      ? await db.membership.findFirst({ where: { workspaceId: session.currentWorkspaceId, userId: session.user.id, workspace: { closedAt: null } }, select })
      : null) ?? (await db.membership.findFirst({ where: { userId: session.user.id, workspace: { closedAt: null } }, orderBy: { createdAt: 'asc' }, select }));
  if (!membership) return null;
  return {
    session,
    user: session.user,
    workspace: membership.workspace,
    role: membership.role,
    db: scopedDb(membership.workspace.id),
    can: (permission) => can(membership.role, permission),
  };
});

/** For pages: signed-out users go to log in; users without the permission get a 403 page. */
export async function requireWorkspacePage(permission?: Permission): Promise<WorkspaceContext> {
  const ctx = await resolveWorkspaceContext();
  if (!ctx) {
    const session = await getCurrentSession();
    redirect(session ? '/workspaces/new' : '/login');
  }
  if (permission && !ctx.can(permission)) forbidden();
  return ctx;
}

/** For server actions and route handlers: typed errors the edge maps to 401/403. */
export async function requireWorkspace(permission?: Permission): Promise<WorkspaceContext> {
  const ctx = await resolveWorkspaceContext();
  if (!ctx) throw new AppError('unauthorized', 'Please log in again.');
  if (permission && !ctx.can(permission)) throw new AppError('forbidden', 'Your role does not allow this.');
  return ctx;
}
