import { Prisma } from '../../generated/prisma/client';
import { db } from '../../db';
import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';

/** Removes a custom field and its values from every contact of the workspace. */
export async function deleteContactAttribute(options: { ctx: WorkspaceContext; attributeId: string; meta?: Partial<RequestMeta> }) {
  const { ctx } = options;
  assertCan(ctx, 'contacts.configure');
  const attribute = await ctx.db.contactAttribute.findFirst({ where: { id: options.attributeId }, select: { id: true, key: true, label: true } });
  if (!attribute) throw new AppError('not_found', 'This contact field does not exist in this workspace.');
  await db.$transaction(async (tx) => {
    await tx.contactAttribute.deleteMany({ where: { id: attribute.id, workspaceId: ctx.workspace.id } });
    // jsonb `-` drops the key; only rows that have it are rewritten.
    await tx.$executeRaw(Prisma.sql`update "Contact" set attributes = attributes - ${attribute.key}::text where "workspaceId" = ${ctx.workspace.id}::uuid and attributes ? ${attribute.key}::text`);
  });
  await recordAudit({ ctx, action: 'contact_attribute.deleted', targetType: 'contact_attribute', targetId: attribute.id, meta: options.meta, metadata: { key: attribute.key } });
  return attribute;
}
