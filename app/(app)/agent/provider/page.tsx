import type { Metadata } from 'next';
import { ProviderForm } from '@/components/agent/provider-form';
import { ProviderStatus } from '@/components/agent/provider-status';
import { ProviderTestButton } from '@/components/agent/provider-test-button';
import { getAgentConfig } from '@/lib/agent/providers/agent-config';
import { providerIds, type ProviderId } from '@/lib/agent/providers/agent-provider';
import { platformKeyFor, resolveAgentProvider } from '@/lib/agent/providers/resolve-agent-provider';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { saveAgentProviderAction, testAgentProviderAction } from './actions';

export const metadata: Metadata = { title: 'Provider · AI assistant' };

export default async function AgentProviderPage() {
  const ctx = await requireWorkspacePage('agent.configure');
  const [config, resolved] = await Promise.all([getAgentConfig({ ctx }), resolveAgentProvider({ ctx })]);
  const platformKeys = Object.fromEntries(providerIds.map((id) => [id, Boolean(platformKeyFor(id))])) as Record<ProviderId, boolean>;

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Provider and key</h1>
        <p className="mt-1 text-slate-600">
          Which AI model writes {ctx.workspace.name}’s replies. Without a key the built-in offline responder answers from your own content.
        </p>
      </header>

      <section aria-labelledby="status-title" className="space-y-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="status-title" className="font-semibold">Current setup</h2>
        <ProviderStatus label={resolved.label} keySource={resolved.keySource} lastTest={config.lastTest} />
        <p className="text-sm text-slate-600">Test connection makes one tiny request (about 5 tokens) with the saved provider, model and key.</p>
        <ProviderTestButton action={testAgentProviderAction} />
      </section>

      <section aria-labelledby="change-title" className="space-y-3">
        <h2 id="change-title" className="font-semibold">Change provider</h2>
        <ProviderForm
          action={saveAgentProviderAction}
          initial={{ provider: config.provider, model: config.model, apiKeyHint: config.apiKeyHint }}
          platformKeys={platformKeys}
        />
      </section>
    </div>
  );
}
