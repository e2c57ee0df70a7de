// The conversation's labels: chips plus a searchable checkbox popover to apply or remove them.
// Server half: loads the workspace's labels and the applied ones; the picker is a client island.
import { listLabels } from '@/lib/inbox/list-labels';
import { listConversationLabelIds } from '@/lib/inbox/labels/list-conversation-labels';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { LabelsPicker } from './labels-picker';

export async function ConversationLabelsEditor({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  const [labels, appliedIds] = await Promise.all([listLabels({ ctx }), listConversationLabelIds({ ctx, conversationId })]);
  return (
    <section aria-labelledby="conversation-labels-title" className="space-y-2">
      <h3 id="conversation-labels-title" className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Labels</h3>
      <LabelsPicker conversationId={conversationId} labels={labels} appliedIds={appliedIds} canCreate={ctx.can('settings.manage')} />
    </section>
  );
}
