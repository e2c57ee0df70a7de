// The workspace's provider choice (AgentConfig): which provider and model, the workspace's own
// API key (AES-256-GCM via lib/crypto/token-cipher, like channel tokens; only the last 4
// characters are ever shown) and the last "Test connection" result. monthlyCapCents and
// capAlertedMonth live on the same row but belong to the usage page: nothing here writes them.
import { recordAudit } from '../../audit/record-audit';
import { encryptToken } from '../../crypto/token-cipher';
import { AppError } from '../../errors';
import type { RequestMeta } from '../../http/request-meta';
import { assertCan } from '../../team/assert-permission';
import type { WorkspaceContext } from '../../workspaces/context';
import type { ProviderId } from './agent-provider';
import { saveAgentConfigSchema, type SaveAgentConfigInput } from './agent-config.schema';

type Ctx = Pick<WorkspaceContext, 'db' | 'workspace' | 'user' | 'can'>;

export type AgentConfigView = {
  provider: ProviderId;
  /** null = the provider's default model. */
  model: string | null;
  /** Last 4 characters of the workspace key, or null when the workspace has no key of its own. */
  apiKeyHint: string | null;
  lastTest: { at: Date; ok: boolean; message: string } | null;
  updatedAt: Date | null;
};

const select = { provider: true, model: true, apiKeyHint: true, lastTestedAt: true, lastTestOk: true, lastTestMessage: true, updatedAt: true } as const;

/** The saved configuration, or the defaults (offline, no key) when the workspace never saved one. */
export async function getAgentConfig({ ctx }: { ctx: Pick<Ctx, 'db'> }): Promise<AgentConfigView> {
  const row = await ctx.db.agentConfig.findFirst({ select });
  if (!row) return { provider: 'offline', model: null, apiKeyHint: null, lastTest: null, updatedAt: null };
  return {
    provider: row.provider,
    model: row.model,
    apiKeyHint: row.apiKeyHint,
    lastTest: row.lastTestedAt && row.lastTestOk !== null ? { at: row.lastTestedAt, ok: row.lastTestOk, message: row.lastTestMessage ?? '' } : null,
    updatedAt: row.updatedAt,
  };
}

/**
 * Saves provider, model and (optionally) a new key or its removal. A key belongs to one vendor, so
 * switching provider without entering a new key drops the old one rather than sending an OpenAI
 * key to Gemini. Any change clears the last test result, which no longer describes the setup.
 */
export async function saveAgentConfig({ ctx, input, meta }: { ctx: Ctx; input: SaveAgentConfigInput; meta?: Partial<RequestMeta> }): Promise<{ keyDropped: boolean }> {
  assertCan(ctx, 'agent.configure');
  const parsed = saveAgentConfigSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_form'] ??= []).push(issue.message);
    throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors });
  }
  const { provider, model, apiKey, removeKey } = parsed.data;
  const current = await ctx.db.agentConfig.findFirst({ select: { provider: true, model: true, apiKeyHint: true } });
  const hadKey = Boolean(current?.apiKeyHint);
  const providerChanged = (current?.provider ?? 'offline') !== provider;
  const keyDropped = hadKey && !apiKey && !removeKey && providerChanged;

  let keyFields: { apiKeyEnc: string | null; apiKeyHint: string | null } | undefined;
  if (apiKey) keyFields = { apiKeyEnc: encryptToken(apiKey), apiKeyHint: apiKey.slice(-4) };
  else if (removeKey || keyDropped || provider === 'offline') keyFields = { apiKeyEnc: null, apiKeyHint: null };

  const changed = providerChanged || (current?.model ?? null) !== model || Boolean(apiKey) || (hadKey && keyFields?.apiKeyHint === null);
  const fields = {
    provider,
    model,
    updatedById: ctx.user.id,
    ...keyFields,
    ...(changed ? { lastTestedAt: null, lastTestOk: null, lastTestMessage: null } : {}),
  };
  // Only these fields: an update must not reset the usage page's cap (same row).
  await ctx.db.agentConfig.upsert({ where: { workspaceId: ctx.workspace.id }, create: { workspaceId: ctx.workspace.id, ...fields }, update: fields, select: { workspaceId: true } });

  const keyAction = apiKey ? 'replaced' : keyFields && hadKey ? 'removed' : 'unchanged';
  // The audit entry says what happened to the key, never the key or its hint.
  await recordAudit({ ctx, action: 'agent.provider_saved', targetType: 'AgentConfig', targetId: ctx.workspace.id, meta, metadata: { provider, model, key: keyAction } }, ctx.db);
  return { keyDropped };
}

/** Stores the outcome of "Test connection" (the message is already owner-readable and key-free). */
export async function recordProviderTest({ ctx, ok, message, provider, model, meta }: {
  ctx: Ctx;
  ok: boolean;
  message: string;
  provider: ProviderId;
  model: string;
  meta?: Partial<RequestMeta>;
}): Promise<void> {
  const fields = { lastTestedAt: new Date(), lastTestOk: ok, lastTestMessage: message.slice(0, 500) };
  await ctx.db.agentConfig.upsert({ where: { workspaceId: ctx.workspace.id }, create: { workspaceId: ctx.workspace.id, ...fields }, update: fields, select: { workspaceId: true } });
  await recordAudit({ ctx, action: 'agent.provider_tested', targetType: 'AgentConfig', targetId: ctx.workspace.id, meta, metadata: { provider, model, ok } }, ctx.db);
}

