import type { WorkspaceContext } from '../../workspaces/context';

/** The ids of the labels applied to a conversation, for the label picker. */
export async function listConversationLabelIds({ ctx, conversationId }: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string }): Promise<string[]> {
  const rows = await ctx.db.conversationLabel.findMany({ where: { conversationId }, select: { labelId: true }, orderBy: { createdAt: 'asc' } });
  return rows.map((r) => r.labelId);
}
