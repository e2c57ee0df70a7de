import { recordAudit } from '../../audit/record-audit';
import type { RequestMeta } from '../../http/request-meta';
import type { WorkspaceContext } from '../../workspaces/context';
import { assertCan } from '../../team/assert-permission';
import { getConversationOrThrow } from '../get-conversation-or-throw';
import { applyConversationLabel } from './apply-conversation-label';
import { assertLabelNameFree, isUniqueViolation, nameTaken } from './label-name-taken';

export type LabelSummary = { id: string; name: string; color: string };

/** A new workspace label; optionally applied to a conversation straight away (inline create). */
export async function createLabel(options: { ctx: WorkspaceContext; name: string; color: string; conversationId?: string; meta?: Partial<RequestMeta> }): Promise<LabelSummary> {
  const { ctx, name, color } = options;
  assertCan(ctx, 'settings.manage');
  // Check the conversation first, so a foreign id fails before anything is written.
  if (options.conversationId) await getConversationOrThrow({ ctx, id: options.conversationId });
  await assertLabelNameFree({ ctx, name });
  const label = await ctx.db.label
    .create({ data: { workspaceId: ctx.workspace.id, name, color }, select: { id: true, name: true, color: true } })
    .catch((error: unknown) => {
      // Two admins racing for the same name: the unique index decides.
      throw isUniqueViolation(error) ? nameTaken(name) : error;
    });
  await recordAudit({ ctx, action: 'label.created', targetType: 'label', targetId: label.id, meta: options.meta, metadata: { name, color } });
  if (options.conversationId) await applyConversationLabel({ ctx, conversationId: options.conversationId, labelId: label.id, applied: true });
  return label;
}
