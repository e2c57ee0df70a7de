import { AgentNav } from '@/components/agent/agent-nav';
import { requireWorkspacePage } from '@/lib/workspaces/context';

/** Tabs across the agent area (settings, knowledge, provider, usage, playground): owners and admins only. */
export default async function AgentLayout({ children }: { children: React.ReactNode }) {
  await requireWorkspacePage('agent.configure');
  return (
    <>
      <div className="mx-auto max-w-4xl px-4 pt-6 sm:px-6">
        <AgentNav />
      </div>
      {children}
    </>
  );
}
