// The audit log as CSV (the pricing page promises it): every retained entry of the workspace,
// oldest first, with the actor's name and email as they are now (erased accounts show blank).
import { auditLogExportUpgradeMessage, canExportAuditLog } from '../billing/can-export-audit-log';
import { getWorkspacePlan } from '../billing/get-workspace-plan';
import { toCsv } from '../http/to-csv';
import { AppError } from '../errors';
import type { WorkspaceContext } from '../workspaces/context';

export async function exportAuditLogCsv(options: { ctx: Pick<WorkspaceContext, 'db' | 'can' | 'workspace'> }): Promise<string> {
  const { ctx } = options;
  if (!ctx.can('audit.view')) throw new AppError('forbidden', 'Only owners and admins can export the audit log.');
  // A plan feature (pricing page: Scale and the trial). The full workspace export (lib/privacy)
  // is never gated: that is the customer's right to their data, not a product tier.
  if (!canExportAuditLog(await getWorkspacePlan({ workspaceId: ctx.workspace.id }))) throw new AppError('forbidden', auditLogExportUpgradeMessage, { upgrade: true });
  const rows = await ctx.db.auditLog.findMany({
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { createdAt: true, action: true, actorUserId: true, targetType: true, targetId: true, ipAddress: true, userAgent: true, metadata: true },
  });
  const members = await ctx.db.membership.findMany({ select: { user: { select: { id: true, name: true, email: true } } } });
  const people = new Map(members.map((m) => [m.user.id, m.user]));
  return toCsv(
    ['time_utc', 'action', 'actor_name', 'actor_email', 'target_type', 'target_id', 'ip_address', 'user_agent', 'details'],
    rows.map((r) => {
      const actor = r.actorUserId ? people.get(r.actorUserId) : undefined;
      return [r.createdAt.toISOString(), r.action, actor?.name ?? '', actor?.email ?? '', r.targetType ?? '', r.targetId ?? '', r.ipAddress ?? '', r.userAgent ?? '', r.metadata ? JSON.stringify(r.metadata) : ''];
    }),
  );
}
