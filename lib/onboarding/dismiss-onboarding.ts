// Closes the getting-started checklist for the signed-in member in the current workspace.
import type { WorkspaceContext } from '../workspaces/context';

export async function dismissOnboarding(options: { ctx: Pick<WorkspaceContext, 'db' | 'user'> }): Promise<void> {
  await options.ctx.db.membership.updateMany({ where: { userId: options.ctx.user.id, onboardingDismissedAt: null }, data: { onboardingDismissedAt: new Date() } });
}
