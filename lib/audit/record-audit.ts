import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

export type AuditEntry = {
  action: string;
  workspaceId?: string | null;
  actorUserId?: string | null;
  targetType?: string;
  targetId?: string;
  ipAddress?: string | null;
  userAgent?: string | null;
  metadata?: Prisma.InputJsonObject;
};

/** Any client that can insert audit rows: `db`, a transaction, or a workspace-scoped client. */
type AuditWriter = { auditLog: { create(args: { data: Prisma.AuditLogUncheckedCreateInput }): PromiseLike<unknown> } };

/** Appends one audit entry. Never put secrets or message bodies in `metadata`. */
export async function recordAudit(entry: AuditEntry, client: AuditWriter = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      workspaceId: entry.workspaceId ?? null,
      actorUserId: entry.actorUserId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ipAddress: entry.ipAddress ?? null,
      userAgent: entry.userAgent?.slice(0, 512) ?? null,
      metadata: entry.metadata,
    },
  });
}
