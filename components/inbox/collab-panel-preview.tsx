// TEMPORARY stand-in for the contact panel: shows labels and notes until the lead moves
// ConversationLabelsEditor and ConversationNotes into components/inbox/contact-panel.tsx.
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { ConversationLabelsEditor } from './conversation-labels-editor';
import { ConversationNotes } from './conversation-notes';

export function CollabPanelPreview({ ctx, conversationId }: { ctx: WorkspaceContext; conversationId: string }) {
  return (
    <aside aria-label="Conversation details" className="hidden w-80 shrink-0 space-y-6 overflow-y-auto border-l border-slate-200 bg-white p-4 lg:block">
      <ConversationLabelsEditor ctx={ctx} conversationId={conversationId} />
      <ConversationNotes ctx={ctx} conversationId={conversationId} />
    </aside>
  );
}
