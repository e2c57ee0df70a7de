import type { WorkspaceContext } from '../../workspaces/context';

export type NoteView = { id: string; body: string; createdAt: Date; authorId: string | null; authorName: string | null; mentionedIds: string[] };

/** A conversation's notes, oldest first, with author names (a removed member shows as null). */
export async function listNotes({ ctx, conversationId }: { ctx: Pick<WorkspaceContext, 'db'>; conversationId: string }): Promise<NoteView[]> {
  const notes = await ctx.db.conversationNote.findMany({
    where: { conversationId },
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: { id: true, body: true, createdAt: true, authorId: true, mentionedIds: true },
  });
  const authorIds = [...new Set(notes.map((n) => n.authorId).filter((id): id is string => Boolean(id)))];
  const authors = authorIds.length
    ? await ctx.db.membership.findMany({ where: { userId: { in: authorIds } }, select: { user: { select: { id: true, name: true } } } })
    : [];
  const names = new Map(authors.map((a) => [a.user.id, a.user.name]));
  return notes.map((n) => ({ ...n, authorName: n.authorId ? (names.get(n.authorId) ?? null) : null }));
}
