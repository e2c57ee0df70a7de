// Server half of the pane header's actions: resolves member names and time labels, then hands
// plain props to the interactive bar.
import { formatRelative } from '@/components/audit/format-time';
import { latestHandoffReason } from '@/lib/agent/runtime/latest-handoff-reason';
import type { ConversationView } from '@/lib/inbox/get-conversation-view';
import { listMembers } from '@/lib/team/list-members';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { ConversationActionsBar } from './conversation-actions-bar';

export async function ConversationActions({ ctx, conversation }: { ctx: WorkspaceContext; conversation: ConversationView }) {
  const members = (await listMembers({ ctx })).map((m) => ({ id: m.userId, name: m.name }));
  const handoffReason = conversation.needsHuman ? await latestHandoffReason({ db: ctx.db, conversationId: conversation.id }) : null;
  const nameOf = (id: string | null) => (id ? (id === ctx.user.id ? 'You' : (members.find((m) => m.id === id)?.name ?? 'A former member')) : null);
  const now = new Date();
  const takenOverLabel = conversation.handling === 'human' && conversation.takenOverAt
    ? `${nameOf(conversation.takenOverById) ?? 'Someone'} took over ${formatRelative(conversation.takenOverAt, now)}`
    : null;
  const snoozedLabel = conversation.status === 'snoozed' && conversation.snoozedUntil ? `snoozed, wakes ${formatRelative(conversation.snoozedUntil, now)}` : null;
  const assignee = conversation.assigneeId ? { id: conversation.assigneeId, name: nameOf(conversation.assigneeId)! } : null;
  return (
    <ConversationActionsBar
      key={conversation.id}
      conversationId={conversation.id}
      status={conversation.status}
      handling={conversation.handling}
      takenOverLabel={takenOverLabel}
      snoozedLabel={snoozedLabel}
      needsHuman={conversation.needsHuman}
      handoffReason={handoffReason}
      assignee={assignee}
      me={{ id: ctx.user.id, name: ctx.user.name }}
      members={members}
    />
  );
}
