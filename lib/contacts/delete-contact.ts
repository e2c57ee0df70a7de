// "Delete contact" (owners and admins): erases the person from this workspace — every
// conversation, message and file, and our raw copies (lib/erasure/erase-contacts.ts). Used for a
// customer's own request made to the business. Audited with counts only; the deleting admin gets
// a confirmation email.
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import { describeErasure } from '../erasure/describe-erasure';
import { eraseContacts } from '../erasure/erase-contacts';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';

type Ctx = Pick<WorkspaceContext, 'workspace' | 'user' | 'db' | 'can'>;

export async function deleteContact(options: { ctx: Ctx; contactId: string; meta?: Partial<RequestMeta> | null }) {
  const { ctx } = options;
  if (!ctx.can('data.delete')) throw new AppError('forbidden', 'Only owners and admins can delete contacts.');
  const contact = await ctx.db.contact.findFirst({ where: { id: options.contactId }, select: { id: true } });
  if (!contact) throw new AppError('not_found', 'Contact not found.');
  const counts = await eraseContacts({ workspaceId: ctx.workspace.id, contactIds: [contact.id] });
  await recordAudit({ action: 'contact.deleted', ctx, meta: options.meta, targetType: 'contact', metadata: counts });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, type: 'conversation.updated', payload: { changes: ['deleted'] } });
  await sendEmail({
    to: ctx.user.email,
    template: 'privacy-notice',
    props: {
      name: ctx.user.name,
      subject: `You deleted a contact in ${ctx.workspace.name}`,
      heading: 'Contact deleted',
      paragraphs: [`You deleted a contact and all their data in ${ctx.workspace.name}: ${describeErasure(counts)}. It cannot be restored.`, 'If this was not you, change your password and tell your workspace owner.'],
    },
  });
  return counts;
}
