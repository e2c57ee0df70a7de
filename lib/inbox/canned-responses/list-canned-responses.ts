import type { WorkspaceContext } from '../../workspaces/context';

export type CannedResponseItem = { id: string; shortcut: string; body: string };

/** Every member with inbox access uses them, so listing needs only inbox.use. */
export async function listCannedResponses(options: { ctx: Pick<WorkspaceContext, 'db'> }): Promise<CannedResponseItem[]> {
  return options.ctx.db.cannedResponse.findMany({ orderBy: { shortcut: 'asc' }, select: { id: true, shortcut: true, body: true }, take: 500 });
}
