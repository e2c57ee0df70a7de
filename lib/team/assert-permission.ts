import { AppError } from '../errors';
import type { Permission } from '../workspaces/permissions';
import type { WorkspaceContext } from '../workspaces/context';

/** Domain functions re-check the permission themselves: callers (tests, jobs) may skip requireWorkspace. */
export function assertCan(ctx: Pick<WorkspaceContext, 'can'>, permission: Permission): void {
  if (!ctx.can(permission)) throw new AppError('forbidden', 'Your role does not allow this.');
}
