import type { WorkspaceContext } from '../../workspaces/context';

export type LabelWithUsage = { id: string; name: string; color: string; conversations: number };

/** For the settings page: every label and how many conversations carry it. */
export async function listLabelsWithUsage({ ctx }: { ctx: Pick<WorkspaceContext, 'db'> }): Promise<LabelWithUsage[]> {
  const rows = await ctx.db.label.findMany({
    orderBy: { name: 'asc' },
    select: { id: true, name: true, color: true, _count: { select: { conversations: true } } },
  });
  return rows.map(({ _count, ...label }) => ({ ...label, conversations: _count.conversations }));
}
