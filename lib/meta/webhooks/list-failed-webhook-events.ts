import type { WorkspaceContext } from '../../workspaces/context';

const PAGE_SIZE = 25;

export type FailedWebhookEvent = { id: string; object: string; status: string; attempts: number; lastError: string | null; createdAt: Date; updatedAt: Date };

/** The workspace's failed and dead webhook events, newest first, keyset-paginated by id (UUIDv7 sorts by time). */
export async function listFailedWebhookEvents(options: { ctx: WorkspaceContext; cursor?: string }): Promise<{ events: FailedWebhookEvent[]; nextCursor: string | null; deadCount: number }> {
  const { ctx } = options;
  const rows = await ctx.db.webhookEvent.findMany({
    where: { status: { in: ['failed', 'dead'] }, ...(options.cursor ? { id: { lt: options.cursor } } : {}) },
    select: { id: true, object: true, status: true, attempts: true, lastError: true, createdAt: true, updatedAt: true },
    orderBy: { id: 'desc' },
    take: PAGE_SIZE + 1,
  });
  const deadCount = await ctx.db.webhookEvent.count({ where: { status: 'dead' } });
  const events = rows.slice(0, PAGE_SIZE);
  return { events, nextCursor: rows.length > PAGE_SIZE ? events[events.length - 1]!.id : null, deadCount };
}
