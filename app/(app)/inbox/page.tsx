import type { Metadata } from 'next';
import { ComingSection } from '@/components/app/coming-section';
import { LiveRefresh } from '@/components/inbox/live-refresh';

export const metadata: Metadata = { title: 'Inbox' };

export default function InboxPage() {
  return (
    <>
    <LiveRefresh />
    <ComingSection
      title="Inbox"
      body="The shared inbox is not built yet. Once channels can be connected, conversations from Instagram, Messenger and WhatsApp will appear here live."
      items={['Live conversation list with filters and search', 'AI drafts to approve, take over and hand back', 'Assignments, labels, notes and snooze']}
    />
    </>
  );
}
