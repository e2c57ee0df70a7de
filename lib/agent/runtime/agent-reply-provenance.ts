// What the inbox shows under an AI draft or an AI-sent message: which provider wrote it and the
// sources it used. Drafts carry it in their meta (written by run-agent-turn); sent messages are
// looked up in the AgentRun that sent them.
import { z } from 'zod';
import type { ScopedDb } from '../../workspaces/scoped-db';
import { providerIds } from '../providers/agent-provider';
import { providerLabel } from '../providers/provider-catalog';

export type ReplyProvenance = { providerLabel: string; sources: string[] };

const draftMetaSchema = z.object({
  provider: z.string().max(300),
  sources: z.array(z.object({ title: z.string() })).default([]),
});

/** Draft meta → provenance; null for drafts written by something else (or before this existed). */
export function draftProvenance(meta: unknown): ReplyProvenance | null {
  const parsed = draftMetaSchema.safeParse(meta);
  if (!parsed.success) return null;
  return { providerLabel: parsed.data.provider, sources: parsed.data.sources.map((s) => s.title) };
}

const sourcesSchema = z.array(z.object({ title: z.string() })).catch([]);
const providerIdSchema = z.enum(providerIds);

/** AI-sent messages → provenance, by message id (one query for a page of thread messages). */
export async function aiMessageProvenance(options: { db: ScopedDb; conversationId: string; messageIds: string[] }): Promise<Map<string, ReplyProvenance>> {
  const out = new Map<string, ReplyProvenance>();
  if (!options.messageIds.length) return out;
  const runs = await options.db.agentRun.findMany({
    where: { conversationId: options.conversationId, messageIds: { hasSome: options.messageIds } },
    select: { provider: true, model: true, sources: true, messageIds: true },
  });
  for (const run of runs) {
    const id = providerIdSchema.safeParse(run.provider);
    const label = id.success ? `${providerLabel(id.data)}${run.model && id.data !== 'offline' ? ` · ${run.model}` : ''}` : run.provider;
    const provenance = { providerLabel: label, sources: sourcesSchema.parse(run.sources ?? []).map((s) => s.title) };
    for (const messageId of run.messageIds) out.set(messageId, provenance);
  }
  return out;
}
