import type { Metadata } from 'next';
import { cache } from 'react';
import Link from 'next/link';
import { BulkSelection } from '@/components/inbox/bulk-selection';
import { ConversationRow } from '@/components/inbox/conversation-row';
import { InboxFilterBar } from '@/components/inbox/inbox-filter-bar';
import { KeyboardShortcuts } from '@/components/inbox/keyboard-shortcuts';
import { LiveRefresh } from '@/components/inbox/live-refresh';
import { DesktopAlerts } from '@/components/inbox/desktop-alerts';
import { inboxHref } from '@/components/inbox/inbox-query';
import { notFound } from 'next/navigation';
import { ConversationPane } from '@/components/inbox/conversation-pane';
import { OnboardingChecklist } from '@/components/onboarding/onboarding-checklist';
import { listChannels } from '@/lib/channels/list-channels';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { isAppError } from '@/lib/errors';
import { getConversationView } from '@/lib/inbox/get-conversation-view';
import { inboxPageParamsSchema } from '@/lib/inbox/conversation-filters.schema';
import { countConversationsByFilter } from '@/lib/inbox/count-conversations-by-filter';
import { listConversations } from '@/lib/inbox/list-conversations';
import { listLabels } from '@/lib/inbox/list-labels';
import { listMembers } from '@/lib/team/list-members';
import { getOnboardingChecklist } from '@/lib/onboarding/get-onboarding-checklist';
import { latestInboxEventSeq } from '@/lib/realtime/latest-inbox-event-seq';
import { requireWorkspacePage, type WorkspaceContext } from '@/lib/workspaces/context';

// The tab title and the filter bar need the same counts; one query per request serves both.
const countsFor = cache((ctx: WorkspaceContext) => countConversationsByFilter({ ctx }));

/** "(3) Inbox · Relaydesk" while conversations have unread messages. */
export async function generateMetadata(): Promise<Metadata> {
  const ctx = await requireWorkspacePage('inbox.use');
  const { unread } = await countsFor(ctx);
  return { title: unread > 0 ? `(${unread}) Inbox` : 'Inbox' };
}

export default async function InboxPage({ searchParams }: PageProps<'/inbox'>) {
  const ctx = await requireWorkspacePage('inbox.use');
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const { cursor, c: selectedId, before: threadBefore, ...filters } = inboxPageParamsSchema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, first(v)])));

  // Read before anything is listed: whatever happens after this point reaches the page live.
  const since = await latestInboxEventSeq(ctx.workspace.id);
  // Another workspace's (or a deleted) conversation is a 404, never a hint that it exists.
  const selected = selectedId
    ? await getConversationView({ ctx, id: selectedId }).catch((error: unknown) => {
      if (isAppError(error) && error.code === 'not_found') notFound();
      throw error;
    })
    : null;
  const [channels, labels, members, counts, page] = await Promise.all([
    listChannels({ ctx }),
    listLabels({ ctx }),
    listMembers({ ctx }),
    countsFor(ctx),
    listConversations({ ctx, filters, cursor }),
  ]);
  const onboarding = await getOnboardingChecklist({ ctx });
  const filtered = Boolean(filters.q || filters.channel || filters.handling || filters.label || filters.needsHuman || filters.assignee !== 'anyone' || filters.status !== 'open');
  const now = new Date();

  return (
    <div className="-m-4 flex h-[calc(100dvh-3.25rem)] sm:-m-6">
      <section aria-labelledby="inbox-heading" className={`${selected ? 'hidden md:flex' : 'flex'} w-full min-w-0 flex-col border-r border-slate-200 bg-white md:w-80 md:shrink-0 xl:w-96`}>
        <header className="flex items-baseline justify-between px-4 pt-3">
          <h1 id="inbox-heading" className="text-lg font-bold tracking-tight">Inbox</h1>
          <div className="flex items-center gap-3">
            {counts.unread > 0 ? <p className="text-xs text-slate-600">{counts.unread} unread</p> : null}
            <DesktopAlerts userId={ctx.user.id} />
            <LiveRefresh since={since} />
            <KeyboardShortcuts />
          </div>
        </header>
        <InboxFilterBar
          filters={filters}
          channels={channels.map((ch) => ({ id: ch.id, name: ch.name, type: ch.type }))}
          labels={labels}
          members={members.map((m) => ({ id: m.userId, name: m.name }))}
          counts={counts}
        />
        <BulkSelection pageIds={page.conversations.map((c) => c.id)} members={members.map((m) => ({ id: m.userId, name: m.name }))} meId={ctx.user.id}>
        <div className="min-h-0 flex-1 overflow-y-auto">
          {onboarding?.visible ? <OnboardingChecklist checklist={onboarding} simulator={devToolsEnabled()} /> : null}
          {channels.length === 0 ? (
            <div className="p-6 text-sm text-slate-600">
              <p className="font-semibold text-slate-900">No channels connected yet</p>
              <p className="mt-1">Connect Instagram, Messenger or WhatsApp and conversations will appear here.</p>
              <Link href="/channels" className="mt-3 inline-block font-semibold text-brand-700 underline">Go to Channels</Link>
            </div>
          ) : page.conversations.length === 0 ? (
            <div className="p-6 text-sm text-slate-600">
              {/* Only a filtered view is "no match"; an unfiltered empty inbox simply has nothing yet. */}
              <p className="font-semibold text-slate-900">{cursor ? 'No older conversations.' : filtered ? 'No conversations match these filters.' : 'No conversations yet'}</p>
              {!cursor && !filtered ? <p className="mt-1">When customers write to your connected channels, their messages appear here.</p> : null}
              {filtered || cursor ? <Link href="/inbox" className="mt-3 inline-block font-semibold text-brand-700 underline">Clear filters</Link> : null}
            </div>
          ) : (
            <ul aria-label="Conversations" className="divide-y divide-slate-100">
              {page.conversations.map((conversation) => (
                <ConversationRow
                  key={conversation.id}
                  conversation={conversation}
                  href={inboxHref({ ...filters, cursor, c: conversation.id })}
                  selected={conversation.id === selectedId}
                  now={now}
                  viewerId={ctx.user.id}
                />
              ))}
            </ul>
          )}
          {page.nextCursor ? (
            <div className="flex justify-center p-3">
              <Link href={inboxHref({ ...filters, cursor: page.nextCursor })} className="rounded-lg bg-white px-4 py-2 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600">
                Load older
              </Link>
            </div>
          ) : null}
        </div>
        </BulkSelection>
      </section>
      {selected ? (
        <section aria-labelledby="conversation-heading" className="flex min-w-0 flex-1">
          <ConversationPane ctx={ctx} conversation={selected} backHref={inboxHref({ ...filters, cursor })} threadBefore={threadBefore} />
        </section>
      ) : (
        <section aria-label="Conversation" className="hidden flex-1 items-center justify-center bg-slate-50 md:flex">
          <p className="text-sm text-slate-500">Select a conversation</p>
        </section>
      )}
    </div>
  );
}
