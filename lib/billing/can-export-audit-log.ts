// "Audit log export" is a plan feature (Scale, and the free trial, which includes everything).
// The export itself lives with the audit log; it asks this before producing a file.
import type { Plan } from './plans';

export function canExportAuditLog(plan: Pick<Plan, 'auditLogExport'>): boolean {
  return plan.auditLogExport;
}

export const auditLogExportUpgradeMessage = 'Exporting the audit log is part of the Scale plan. An owner can upgrade on the Billing page.';
