// "Test connection" on the Provider page: resolves the saved setup exactly as the agent will,
// makes one tiny real call, and stores the outcome (lastTest*) in words the owner can act on.
// The call happens outside any transaction; only the result is written.
import { logger } from '../../logger';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import { isProviderError } from './agent-provider';
import { recordProviderTest } from './agent-config';
import { resolveAgentProvider } from './resolve-agent-provider';

type Ctx = Pick<WorkspaceContext, 'db' | 'workspace' | 'user' | 'can'>;

export async function testProviderConnection({ ctx, meta }: { ctx: Ctx; meta?: Partial<RequestMeta> }): Promise<{ ok: boolean; message: string }> {
  assertCan(ctx, 'agent.configure');
  const config = await ctx.db.agentConfig.findFirst({ select: { provider: true } });
  const chosen = config?.provider ?? 'offline';
  const resolved = await resolveAgentProvider({ ctx });

  let outcome: { ok: boolean; message: string };
  if (resolved.offline) {
    outcome =
      chosen === 'offline'
        ? { ok: true, message: 'The built-in offline responder is active. It needs no key and answers from your products, offers, FAQ and knowledge.' }
        : { ok: false, message: `Not connected: ${resolved.label}. Add a workspace key above, or ask the platform operator to set one.` };
  } else {
    try {
      const { model } = await resolved.provider.testConnection({ model: resolved.model });
      outcome = { ok: true, message: `Connected: ${resolved.provider.label} answered with model ${model} using the ${resolved.keySource} key.` };
    } catch (error) {
      if (!isProviderError(error)) {
        logger.error({ workspaceId: ctx.workspace.id, provider: resolved.providerId, err: error }, 'provider connection test failed unexpectedly');
        outcome = { ok: false, message: `${resolved.provider.label} could not be tested: something went wrong on our side.` };
      } else outcome = { ok: false, message: error.message };
    }
  }
  await recordProviderTest({ ctx, ...outcome, provider: resolved.providerId === 'offline' ? chosen : resolved.providerId, model: resolved.model, meta });
  return outcome;
}
