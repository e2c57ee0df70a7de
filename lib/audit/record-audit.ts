import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import type { RequestMeta } from '../http/request-meta';

export type AuditEntry = {
  action: string;
  workspaceId?: string | null;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  /** The request the action came from: its IP and user agent are recorded. */
  meta?: Partial<RequestMeta> | null;
  /** Shorthand for workspaceId + actorUserId inside a workspace. */
  ctx?: { workspace: { id: string }; user: { id: string } };
  metadata?: Prisma.InputJsonObject;
};

/** Any client that can insert audit rows: `db`, a transaction, or a workspace-scoped client. */
type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): PromiseLike<unknown> } };

/** Appends one audit entry. Never put secrets or message bodies in `metadata`. */
export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      workspaceId: entry.workspaceId ?? entry.ctx?.workspace.id ?? null,
      actorUserId: entry.actorUserId ?? entry.ctx?.user.id ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ipAddress: entry.meta?.ipAddress ?? null,
      userAgent: entry.meta?.userAgent?.slice(0, 512) ?? null,
      metadata: entry.metadata,
    },
  });
}
