import type { WorkspaceContext } from '../workspaces/context';

/** The workspace's labels, for the inbox filter and label pickers. */
export async function listLabels({ ctx }: { ctx: Pick<WorkspaceContext, 'db'> }) {
  return ctx.db.label.findMany({ select: { id: true, name: true, color: true }, orderBy: { name: 'asc' } });
}
