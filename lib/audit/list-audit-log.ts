import { db } from '../db';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

export const AUDIT_PAGE_SIZE = 50;

export type AuditLogEntry = {
  id: string;
  action: string;
  createdAt: Date;
  actor: { id: string; name: string; email: string } | null;
  targetType: string | null;
  targetId: string | null;
  ipAddress: string | null;
  metadata: unknown;
};

type Cursor = { createdAt: Date; id: string };

export function encodeAuditCursor(cursor: Cursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  const [iso, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(iso ?? '');
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || Number.isNaN(createdAt.getTime())) throw new AppError('bad_request', 'That page link is not valid.');
  return { createdAt, id };
}

/**
 * Newest first, 50 a page, keyset-paginated on (createdAt, id) so pages stay stable while new
 * entries arrive. `action` is a prefix ("invite." matches every invite event).
 */
export async function listAuditLog(options: {
  ctx: WorkspaceContext;
  action?: string;
  actorUserId?: string;
  from?: Date;
  to?: Date;
  cursor?: string;
}): Promise<{ entries: AuditLogEntry[]; nextCursor: string | null }> {
  const { ctx } = options;
  if (!ctx.can('audit.view')) throw new AppError('forbidden', 'Your role does not allow this.');
  const after = options.cursor ? decodeCursor(options.cursor) : null;
  const rows = await ctx.db.auditLog.findMany({
    where: {
      ...(options.action ? { action: { startsWith: options.action } } : {}),
      ...(options.actorUserId ? { actorUserId: options.actorUserId } : {}),
      createdAt: { ...(options.from ? { gte: options.from } : {}), ...(options.to ? { lt: options.to } : {}) },
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    select: { id: true, action: true, createdAt: true, actorUserId: true, targetType: true, targetId: true, ipAddress: true, metadata: true },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const actorIds = [...new Set(page.map((r) => r.actorUserId).filter((id): id is string => Boolean(id)))];
  // Actors may have left the workspace (or been deleted); their entries still show who it was.
  const actors = actorIds.length
    ? new Map((await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u]))
    : new Map<string, { id: string; name: string; email: string }>();
  const last = page.at(-1);
  return {
    entries: page.map(({ actorUserId, ...row }) => ({ ...row, actor: actorUserId ? (actors.get(actorUserId) ?? null) : null })),
    nextCursor: rows.length > AUDIT_PAGE_SIZE && last ? encodeAuditCursor(last) : null,
  };
}
