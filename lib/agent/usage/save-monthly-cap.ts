// The owner's monthly spending cap (owners only: billing.manage). Touches only monthlyCapCents (and the alert month, so a
// raised cap can alert again this month): the provider settings in the same row belong to the
// provider page and are never overwritten from here.
import { z } from 'zod';
import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';

/** Dollars as typed ("25", "25.50"), or empty for no cap. */
export const monthlyCapSchema = z.object({
  capDollars: z
    .string()
    .trim()
    .max(12, 'Use a smaller amount.')
    .refine((v) => v === '' || /^\d+(\.\d{1,2})?$/.test(v), 'Enter an amount in US dollars like 25 or 25.50, or leave it empty for no cap.')
    .transform((v) => (v === '' ? null : Math.round(Number(v) * 100)))
    .refine((cents) => cents === null || cents <= 100_000_000, 'At most $1,000,000 a month.'),
});

export async function saveMonthlyCap(options: { ctx: Pick<WorkspaceContext, 'db' | 'workspace' | 'user' | 'can'>; capCents: number | null; meta?: RequestMeta }) {
  const { ctx, capCents } = options;
  assertCan(ctx, 'billing.manage');
  await ctx.db.agentConfig.upsert({
    where: { workspaceId: ctx.workspace.id },
    create: { workspaceId: ctx.workspace.id, monthlyCapCents: capCents, updatedById: ctx.user.id },
    update: { monthlyCapCents: capCents, capAlertedMonth: null, updatedById: ctx.user.id },
  });
  await recordAudit({ action: 'agent.cap_updated', ctx, meta: options.meta, targetType: 'workspace', targetId: ctx.workspace.id, metadata: { capCents } });
  return { capCents };
}
