import type { Metadata } from 'next';
import { ComingSection } from '@/components/app/coming-section';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Channels' };

export default async function ChannelsPage() {
  await requireWorkspacePage('channels.manage');
  return (
    <ComingSection
      title="Channels"
      body="Connecting Meta accounts is not built yet. Owners and admins will connect them here."
      items={['Instagram Business Login', 'Facebook Login for Pages (Messenger)', 'WhatsApp Embedded Signup']}
    />
  );
}
