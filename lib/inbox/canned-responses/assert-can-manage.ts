import { AppError } from '../../errors';
import type { WorkspaceContext } from '../../workspaces/context';

export type CannedCtx = Pick<WorkspaceContext, 'db' | 'can' | 'workspace' | 'user'>;

export function assertCanManageCannedResponses(ctx: CannedCtx) {
  if (!ctx.can('canned-responses.manage')) throw new AppError('forbidden', 'Only admins can manage canned responses.');
}

export const shortcutTaken = (shortcut: string) =>
  new AppError('conflict', `The shortcut /${shortcut} is already used.`, { fieldErrors: { shortcut: [`/${shortcut} is already used; pick another shortcut`] } });
