// What the runtime needs from the other agent slices, as one injectable bundle: the job wires the
// real engine, provider resolver, pricing and knowledge search (agent-runtime-deps.ts); tests can
// swap one piece (a failing provider) without mocking the database.
import type { ProviderId, AgentProvider } from '../providers/agent-provider';
import type { ComposeInput, ComposeResult } from '../engine/compose-reply.types';
import type { KnowledgePassage } from '../engine/grounding';
import type { ScopedDb } from '../../workspaces/scoped-db';
import type { ProviderConfig } from './load-turn-limits';

export type ResolvedProvider = { provider: AgentProvider; model: string; providerId: ProviderId; offline: boolean; label: string };

export type AgentRuntimeDeps = {
  composeReply(input: ComposeInput): Promise<ComposeResult>;
  /** `config`: the workspace's AgentConfig provider fields when the caller already read them (null: no row); omitted, they are read. */
  resolveProvider(options: { ctx: { db: ScopedDb; workspace: { id: string; name: string; slug: string } }; config?: ProviderConfig | null }): Promise<ResolvedProvider>;
  estimateCostMicros(options: { provider: ProviderId; model: string; inputTokens: number; outputTokens: number }): number;
  searchKnowledge(options: { workspaceId: string; query: string; limit: number }): Promise<KnowledgePassage[]>;
};
