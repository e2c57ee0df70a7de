// "Delete contact" (owners and admins): erases the person from this workspace — every
// conversation, message and file, and our raw copies (lib/erasure/erase-contacts.ts) — e.g. when
// a customer asks the business. Then audits, refreshes open inboxes and confirms by email.
import { eraseContacts } from '../erasure/erase-contacts';
import { recordInProductDeletion } from '../erasure/record-in-product-deletion';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import type { WorkspaceContext } from '../workspaces/context';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function deleteContact(options: { ctx: Ctx; contactId: string; meta?: Partial<RequestMeta> | null }) {
  const { ctx } = options;
  if (!ctx.can('data.delete')) throw new AppError('forbidden', 'Only owners and admins can delete contacts.');
  const contact = await ctx.db.contact.findFirst({ where: { id: options.contactId }, select: { id: true } });
  if (!contact) throw new AppError('not_found', 'Contact not found.');
  const counts = await eraseContacts({ workspaceId: ctx.workspace.id, contactIds: [contact.id] });
  await recordInProductDeletion({ ctx, subject: 'contact', counts, meta: options.meta });
  return counts;
}
