import type { Metadata } from 'next';
import { ComingSection } from '@/components/app/coming-section';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Agent' };

export default async function AgentPage() {
  await requireWorkspacePage('agent.configure');
  return (
    <ComingSection
      title="AI agent"
      body="Agent configuration is not built yet. Owners and admins will set it up here."
      items={['Instructions, intro message and brand voice', 'Products, offers and knowledge files', 'Provider (OpenAI, Gemini, xAI or the offline default) and draft or auto-send mode']}
    />
  );
}
