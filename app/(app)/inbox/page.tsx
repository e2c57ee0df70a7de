import type { Metadata } from 'next';
import { ComingSection } from '@/components/app/coming-section';

export const metadata: Metadata = { title: 'Inbox' };

export default function InboxPage() {
  return (
    <ComingSection
      title="Inbox"
      body="The shared inbox is not built yet. Once channels can be connected, conversations from Instagram, Messenger and WhatsApp will appear here live."
      items={['Live conversation list with filters and search', 'AI drafts to approve, take over and hand back', 'Assignments, labels, notes and snooze']}
    />
  );
}
