import { TabNav, type TabItem } from '@/components/app/tab-nav';
import { requireWorkspacePage } from '@/lib/workspaces/context';

const agentTabs: TabItem[] = [
  // Every other tab lives below /agent, so Settings is current on /agent only.
  { href: '/agent', label: 'Settings', exact: true },
  { href: '/agent/knowledge', label: 'Knowledge' },
  { href: '/agent/provider', label: 'Provider' },
  { href: '/agent/usage', label: 'Usage' },
  { href: '/agent/playground', label: 'Playground' },
];

/** Tabs across the AI assistant area (settings, knowledge, provider, usage, playground): owners and admins only. */
export default async function AgentLayout({ children }: { children: React.ReactNode }) {
  await requireWorkspacePage('agent.configure');
  return (
    <>
      <div className="mx-auto max-w-4xl px-4 pt-6 sm:px-6">
        <TabNav label="AI assistant" items={agentTabs} />
      </div>
      {children}
    </>
  );
}
