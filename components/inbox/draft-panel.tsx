// The conversation's pending AI draft, above the composer. Nothing renders without one.
import { getPendingReplyDraft } from '@/lib/inbox/drafts/get-pending-reply-draft';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { DraftEditor } from './draft-editor';

export async function DraftPanel({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  const draft = await getPendingReplyDraft({ ctx, conversationId });
  if (!draft) return null;
  return <DraftEditor key={draft.id} draft={{ id: draft.id, text: draft.text, aiCanSend: draft.aiCanSend, operatorCanSend: draft.operatorCanSend, reason: draft.reason, provenance: draft.provenance }} />;
}
