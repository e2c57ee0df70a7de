// Billing emails go to the workspace's owners (the only role that may pay, docs/permissions.md).
import { uuidFromKey } from '../crypto/uuid-from-key';
import { db } from '../db';
import type { EmailTemplateInput, EmailTemplateName } from '../email/email-template-schemas';
import { sendEmail } from '../email/send-email';

export async function emailWorkspaceOwners<Name extends EmailTemplateName>(options: {
  workspaceId: string;
  template: Name;
  props: (owner: { name: string }, workspace: { name: string }) => EmailTemplateInput<Name>;
  /** Same key → each owner gets this email once, however often the caller runs. */
  idempotencyKey?: string;
}): Promise<number> {
  const owners = await db.membership.findMany({
    where: { workspaceId: options.workspaceId, role: 'owner' },
    select: { userId: true, user: { select: { email: true, name: true } }, workspace: { select: { name: true } } },
    orderBy: { createdAt: 'asc' },
  });
  for (const owner of owners) {
    await sendEmail({
      to: owner.user.email,
      template: options.template,
      props: options.props({ name: owner.user.name }, owner.workspace),
      // A stable message id: the send-email job delivers each id once (lib/email/deliver-email.ts).
      ...(options.idempotencyKey ? { messageId: uuidFromKey(`email:${options.idempotencyKey}:${owner.userId}`) } : {}),
    });
  }
  return owners.length;
}
