// The right-hand side of the inbox: one conversation's header, thread, composer and contact panel.
// On phones it is a screen of its own (the list hides while a conversation is open).
import Link from 'next/link';
import { channelTypeLabel } from '@/lib/channels/channel-labels';
import type { ConversationView } from '@/lib/inbox/get-conversation-view';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { ComposerSlot } from './composer-slot';
import { contactDisplayName } from '@/lib/contacts/contact-display-name';
import { ContactPanel } from './contact-panel';
import { ContactPanelToggle } from './contact-panel-toggle';
import { ConversationLabelsEditor } from './conversation-labels-editor';
import { ConversationNotes } from './conversation-notes';
import { PresenceHint } from './presence-hint';
import { MessageThread } from './thread/message-thread';
import { ConversationActions } from './conversation-actions';
import { DraftPanel } from './draft-panel';

/** backHref (the list's URL) plus `c` and, for an older page of the thread, `before`. */
function paneHref(backHref: string, conversationId: string, before: string | null): string {
  const [path, query = ''] = backHref.split('?');
  const params = new URLSearchParams(query);
  params.set('c', conversationId);
  if (before) params.set('before', before);
  return `${path}?${params.toString()}`;
}

export async function ConversationPane({ ctx, conversation, backHref, threadBefore }: { ctx: WorkspaceContext; conversation: ConversationView; backHref: string; threadBefore?: string | null }) {
  const name = contactDisplayName(conversation.contact, conversation.channel.type);
  return (
    <div className="flex min-h-0 min-w-0 flex-1">
      <div className="flex min-w-0 flex-1 flex-col">
        {/* Wraps the actions onto a second row when the pane is narrow (list and contact panel
            open beside it) instead of squeezing the contact's name to nothing. */}
        <header className="flex flex-wrap items-center gap-x-3 gap-y-2 border-b border-slate-200 bg-white px-4 py-2.5">
          <Link href={backHref} className="rounded-md p-1 text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 md:hidden" aria-label="Back to conversations">
            <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="currentColor"><path fillRule="evenodd" d="M12.8 4.2a.75.75 0 0 1 0 1.06L8.06 10l4.74 4.74a.75.75 0 1 1-1.06 1.06l-5.27-5.27a.75.75 0 0 1 0-1.06l5.27-5.27a.75.75 0 0 1 1.06 0Z" clipRule="evenodd" /></svg>
          </Link>
          <div className="min-w-0 flex-1 basis-32 md:basis-48">
            <h2 id="conversation-heading" className="truncate text-base font-bold text-slate-900">{name}</h2>
            <p className="truncate text-xs text-slate-600">{channelTypeLabel[conversation.channel.type]} · {conversation.channel.name}</p>
            <PresenceHint ctx={ctx} conversationId={conversation.id} />
          </div>
          {/* slot: conversation actions (handling, take over / hand back, assign, labels, snooze, close) */}
          <ConversationActions ctx={ctx} conversation={conversation} />
          <ContactPanelToggle />
        </header>
        {/* slot: message thread */}
        <MessageThread ctx={ctx} conversation={conversation} before={threadBefore} pageHref={(before) => paneHref(backHref, conversation.id, before)} />
        {/* slot: AI draft */}
        <DraftPanel ctx={ctx} conversationId={conversation.id} />
        {/* slot: composer */}
        <ComposerSlot ctx={ctx} conversationId={conversation.id} />
      </div>
      {/* slot: contact panel (profile, identity, labels, notes, previous conversations) */}
      <ContactPanel ctx={ctx} conversationId={conversation.id} previousHref={(id) => paneHref(backHref, id, null)}>
        <ConversationLabelsEditor ctx={ctx} conversationId={conversation.id} />
        <ConversationNotes ctx={ctx} conversationId={conversation.id} />
      </ContactPanel>
    </div>
  );
}
