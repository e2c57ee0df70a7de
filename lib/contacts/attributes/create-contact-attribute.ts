import { recordAudit } from '../../audit/record-audit';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { MAX_CONTACT_ATTRIBUTES, type ContactAttributeType } from './contact-attribute.schema';

const keyTaken = (key: string) => new AppError('conflict', `A contact field with the key "${key}" already exists.`, { fieldErrors: { key: ['This key is already used.'] } });

/** Defines a custom contact field for the workspace. */
export async function createContactAttribute(options: { ctx: WorkspaceContext; key: string; label: string; type: ContactAttributeType; options: string[]; meta?: Partial<RequestMeta> }) {
  const { ctx } = options;
  assertCan(ctx, 'contacts.configure');
  if ((await ctx.db.contactAttribute.count()) >= MAX_CONTACT_ATTRIBUTES) throw new AppError('bad_request', `A workspace can define at most ${MAX_CONTACT_ATTRIBUTES} contact fields.`);
  if (await ctx.db.contactAttribute.findFirst({ where: { key: options.key }, select: { id: true } })) throw keyTaken(options.key);
  const attribute = await ctx.db.contactAttribute
    .create({ data: { workspaceId: ctx.workspace.id, key: options.key, label: options.label, type: options.type, options: options.options }, select: { id: true, key: true, label: true } })
    .catch((error: unknown) => {
      // Two admins racing for one key: the unique index decides.
      throw (error as { code?: string }).code === 'P2002' ? keyTaken(options.key) : error;
    });
  await recordAudit({ ctx, action: 'contact_attribute.created', targetType: 'contact_attribute', targetId: attribute.id, meta: options.meta, metadata: { key: options.key, type: options.type } });
  return attribute;
}
