import type { Metadata } from 'next';
import { PlaygroundChat } from '@/components/agent/playground-chat';
import { channelLabel } from '@/lib/channels/channel-labels';
import { getAgentSettings } from '@/lib/agent/agent-settings';
import { settingsDraftKey } from '@/lib/agent/playground/settings-draft';
import { resolveAgentProvider } from '@/lib/agent/providers/resolve-agent-provider';
import { listChannels } from '@/lib/channels/list-channels';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { askPlaygroundAction } from './actions';

export const metadata: Metadata = { title: 'Playground · AI assistant' };

export default async function AgentPlaygroundPage({ searchParams }: PageProps<'/agent/playground'>) {
  const ctx = await requireWorkspacePage('agent.configure');
  const [current, channels, provider] = await Promise.all([getAgentSettings({ ctx }), listChannels({ ctx }), resolveAgentProvider({ ctx })]);
  const initialSource = (await searchParams).settings === 'draft' ? 'draft' : 'saved';

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Playground</h1>
        <p className="mt-1 text-slate-600">
          Chat with the agent as a customer would. See the sources it used, the exact prompt, and which handoff rule fires. Nothing is stored or sent to your customers.
        </p>
        <p className="mt-2 text-sm text-slate-600">Answering with: <span className="font-medium text-slate-800">{provider.label}</span></p>
      </header>
      <PlaygroundChat
        action={askPlaygroundAction}
        channels={channels.filter((c) => !c.disconnectedAt).map((c) => ({ id: c.id, type: c.type, label: channelLabel(c) }))}
        draftKey={settingsDraftKey(ctx.workspace.id)}
        savedVersion={current.version}
        initialSource={initialSource}
      />
    </div>
  );
}
