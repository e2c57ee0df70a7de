// The thread of the open conversation: a page of messages grouped by day, "Load earlier" above
// them, the post card for comment threads, and a client scroller that keeps the newest in view.
import Link from 'next/link';
import { aiMessageProvenance } from '@/lib/agent/runtime/agent-reply-provenance';
import type { ConversationView } from '@/lib/inbox/get-conversation-view';
import { listThreadMessages } from '@/lib/inbox/list-thread-messages';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { MarkReadOnOpen } from './mark-read-on-open';
import { MessageBubble } from './message-bubble';
import { PostCard } from './post-card';
import { ReactionLine } from './reaction-line';
import { ThreadScroller } from './thread-scroller';
import { dayLabel, groupByDay } from './thread-format';

/** `pageHref(before)` builds this page's URL with the thread cursor (null: the newest page). */
export async function MessageThread({ ctx, conversation, before, pageHref }: {
  ctx: Pick<WorkspaceContext, 'db'>;
  conversation: ConversationView;
  before?: string | null;
  pageHref: (before: string | null) => string;
}) {
  const { messages, earlierCursor } = await listThreadMessages({ ctx, conversationId: conversation.id, before });
  // Provider and sources under AI-sent messages, from the AgentRun that sent them.
  const provenance = await aiMessageProvenance({ db: ctx.db, conversationId: conversation.id, messageIds: messages.filter((m) => m.sender === 'ai').map((m) => m.id) });
  const now = new Date();
  const linkClass = 'rounded-lg bg-white px-3 py-1.5 text-xs font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600';
  return (
    <ThreadScroller conversationId={`${conversation.id}:${before ?? ''}`}>
      <MarkReadOnOpen conversationId={conversation.id} unreadCount={conversation.unreadCount} />
      <div className="px-3 py-4 sm:px-5">
        {earlierCursor ? (
          <div className="mb-3 flex justify-center"><Link href={pageHref(earlierCursor)} className={linkClass} scroll={false}>Load earlier messages</Link></div>
        ) : null}
        {conversation.kind === 'comment_thread' && !earlierCursor ? <PostCard permalink={conversation.postPermalink} caption={conversation.postCaption} /> : null}
        {messages.length === 0 ? (
          <div className="py-16 text-center text-sm text-slate-600">
            <p className="font-semibold text-slate-900">{before ? 'No earlier messages.' : 'No messages yet'}</p>
            {before ? null : <p className="mt-1">Messages in this conversation will appear here as they arrive.</p>}
          </div>
        ) : (
          groupByDay(messages).map((group) => (
            <section key={group.day} aria-label={dayLabel(group.first, now)}>
              {/* In the flow, not sticky: a sticky chip floated over the messages below it (issue 14);
                  every bubble carries its own time, so the divider need not follow the scroll. */}
              <h3 className="my-3 flex items-center gap-3 text-xs font-semibold text-slate-600 before:h-px before:flex-1 before:bg-slate-200 after:h-px after:flex-1 after:bg-slate-200">
                <span className="rounded-full bg-slate-200 px-3 py-0.5 text-slate-700">{dayLabel(group.first, now)}</span>
              </h3>
              <ol className="space-y-2.5">
                {group.items.map((message) =>
                  message.kind === 'reaction' ? (
                    <li key={message.id}><ReactionLine message={message} /></li>
                  ) : (
                    <MessageBubble key={message.id} message={message} channelType={conversation.channel.type} now={now} provenance={provenance.get(message.id) ?? null} />
                  ),
                )}
              </ol>
            </section>
          ))
        )}
        {before ? (
          <div className="mt-4 flex justify-center"><Link href={pageHref(null)} className={linkClass}>Jump to the newest messages</Link></div>
        ) : null}
      </div>
    </ThreadScroller>
  );
}
