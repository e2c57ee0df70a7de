// After an admin deleted a conversation or a contact: audit it (counts only), tell open inboxes to
// refresh, and email the person who did it a confirmation (a stolen session shows up this way).
import { recordAudit } from '../audit/record-audit';
import { sendEmail } from '../email/send-email';
import type { RequestMeta } from '../http/request-meta';
import { recordInboxEvent } from '../realtime/record-inbox-event';
import type { WorkspaceContext } from '../workspaces/context';
import { describeErasure } from './describe-erasure';
import type { ErasureCounts } from './erasure-counts';

const wording = {
  conversation: { action: 'conversation.deleted', noun: 'a conversation', heading: 'Conversation deleted' },
  contact: { action: 'contact.deleted', noun: 'a contact and all their data', heading: 'Contact deleted' },
} as const;

export async function recordInProductDeletion(options: { ctx: Pick<WorkspaceContext, 'workspace' | 'user'>; subject: keyof typeof wording; counts: Partial<ErasureCounts>; meta?: Partial<RequestMeta> | null }) {
  const { ctx, counts } = options;
  const words = wording[options.subject];
  await recordAudit({ action: words.action, ctx, meta: options.meta, targetType: options.subject, metadata: counts });
  await recordInboxEvent({ workspaceId: ctx.workspace.id, type: 'conversation.updated', payload: { changes: ['deleted'] } });
  await sendEmail({
    to: ctx.user.email,
    template: 'privacy-notice',
    props: {
      name: ctx.user.name,
      subject: `You deleted ${options.subject === 'contact' ? 'a contact' : 'a conversation'} in ${ctx.workspace.name}`,
      heading: words.heading,
      paragraphs: [`You deleted ${words.noun} in ${ctx.workspace.name}: ${describeErasure(counts)}. It cannot be restored.`, 'If this was not you, change your password and tell your workspace owner.'],
    },
  });
}
