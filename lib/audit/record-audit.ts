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

/** Appends one audit entry. Never put secrets or message bodies in `metadata`. */
export async function recordAudit(entry: AuditEntry, client: Pick<typeof db, 'auditLog'> = db): Promise<void> {
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
