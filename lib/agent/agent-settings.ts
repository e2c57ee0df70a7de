// The workspace's AI agent settings, versioned: every save inserts version N+1 (append-only),
// the current settings are the highest version, rollback inserts a copy of an old version.
// Optimistic concurrency: the caller says which version it edited; anything else is a conflict,
// so two admins never overwrite each other silently.
import type { Prisma } from '../generated/prisma/client';
import { recordAudit } from '../audit/record-audit';
import { db } from '../db';
import { AppError } from '../errors';
import type { RequestMeta } from '../http/request-meta';
import { assertCan } from '../team/assert-permission';
import type { WorkspaceContext } from '../workspaces/context';
import { agentSettingsSchema, defaultAgentSettings, diffSettings, type AgentSettings } from './agent-settings.schema';

type Ctx = Pick<WorkspaceContext, 'db' | 'workspace' | 'user' | 'can'>;

export type CurrentAgentSettings = { version: number; settings: AgentSettings; savedAt: Date | null };

/**
 * A new workspace's settings: the defaults, with business hours in the workspace's time zone (the
 * owner's browser zone at sign-up) — in UTC a weekend customer in Berlin got "We're away right
 * now" under every correct answer. Read by id: Workspace is not a tenant-scoped model.
 */
export async function workspaceDefaultSettings(workspaceId: string): Promise<AgentSettings> {
  const workspace = await db.workspace.findUnique({ where: { id: workspaceId }, select: { timeZone: true } });
  return defaultAgentSettings(workspace?.timeZone);
}

/**
 * The latest saved settings, or the defaults as version 0 when nothing was saved yet. This is the
 * one reader of the workspace's business hours (the agent, the playground, automations).
 */
export async function getAgentSettings({ ctx, currentVersion }: {
  ctx: Pick<Ctx, 'db'> & { workspace: Pick<Ctx['workspace'], 'id'> };
  /** The workspace's highest version when the caller already read it (0 = none saved); else read here. */
  currentVersion?: number;
}): Promise<CurrentAgentSettings> {
  const version = currentVersion ?? (await ctx.db.agentSettingsVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } }))?.version ?? 0;
  if (version === 0) return { version: 0, settings: await workspaceDefaultSettings(ctx.workspace.id), savedAt: null };
  const key = `${ctx.workspace.id}:${version}`;
  const cached = settingsByVersion.get(key);
  if (cached) {
    settingsByVersion.delete(key); // most recently used last
    settingsByVersion.set(key, cached);
    return cached;
  }
  const row = await ctx.db.agentSettingsVersion.findFirst({ where: { version }, select: { settings: true, createdAt: true } });
  if (!row) return getAgentSettings({ ctx }); // not this workspace's version (a stale caller): read the latest
  const current: CurrentAgentSettings = deepFreeze({ version, settings: readStored(row.settings), savedAt: row.createdAt });
  settingsByVersion.set(key, current);
  if (settingsByVersion.size > SETTINGS_CACHE_SIZE) settingsByVersion.delete(settingsByVersion.keys().next().value!);
  return current;
}

/**
 * Parsed settings per (workspace, version), in this process. Versions are append-only and never
 * edited, so an entry can never be stale: a save (here or in any other process) makes a new
 * version, and every reader reads the current version number first (an index-only lookup, or
 * folded into its own first query — run-agent-turn.ts) and misses the cache once for it. What
 * this saves per AI turn is the settings JSON (FAQ included) on the wire and its zod parse.
 * Frozen: callers share the object.
 */
const SETTINGS_CACHE_SIZE = 1_000;
const settingsByVersion = new Map<string, CurrentAgentSettings>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Stored JSON → settings; a row written by an older schema falls back field by field to the defaults. */
function readStored(json: Prisma.JsonValue): AgentSettings {
  const parsed = agentSettingsSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const merged = agentSettingsSchema.safeParse({ ...defaultAgentSettings(), ...(json && typeof json === 'object' && !Array.isArray(json) ? json : {}) });
  return merged.success ? merged.data : defaultAgentSettings();
}

function conflict(current: number): AppError {
  return new AppError('conflict', `Someone else saved changes (version ${current}) — reload to see them.`, { currentVersion: current });
}

function isUniqueViolation(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'code' in error && (error as { code: unknown }).code === 'P2002');
}

async function insertVersion({ ctx, settings, expectedVersion, note }: { ctx: Ctx; settings: AgentSettings; expectedVersion: number; note: string | null }) {
  const latest = await ctx.db.agentSettingsVersion.findFirst({ orderBy: { version: 'desc' }, select: { version: true } });
  const current = latest?.version ?? 0;
  if (current !== expectedVersion) throw conflict(current);
  try {
    return await ctx.db.agentSettingsVersion.create({
      data: { workspaceId: ctx.workspace.id, version: expectedVersion + 1, settings: settings as unknown as Prisma.InputJsonValue, createdById: ctx.user.id, note },
      select: { id: true, version: true },
    });
  } catch (error) {
    // Another save inserted the same version number between our read and our insert.
    if (isUniqueViolation(error)) throw conflict(expectedVersion + 1);
    throw error;
  }
}

/** Validates and saves the settings as a new version. `settings` is untrusted input (the form's JSON). */
export async function saveAgentSettings({ ctx, settings, expectedVersion, note, meta }: {
  ctx: Ctx;
  settings: unknown;
  expectedVersion: number;
  note?: string | null;
  meta?: Partial<RequestMeta>;
}): Promise<{ version: number }> {
  assertCan(ctx, 'agent.configure');
  const parsed = agentSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_form'] ??= []).push(issue.message);
    throw new AppError('bad_request', 'Please fix the highlighted fields.', { fieldErrors });
  }
  const row = await insertVersion({ ctx, settings: parsed.data, expectedVersion, note: note?.trim() || null });
  await recordAudit({ ctx, action: 'agent.settings_saved', targetType: 'AgentSettingsVersion', targetId: row.id, meta, metadata: { version: row.version } }, ctx.db);
  return { version: row.version };
}

/** Restores an old version by saving a copy of it as a new version (history is never rewritten). */
export async function rollbackAgentSettings({ ctx, version, expectedVersion, meta }: {
  ctx: Ctx;
  version: number;
  expectedVersion: number;
  meta?: Partial<RequestMeta>;
}): Promise<{ version: number }> {
  assertCan(ctx, 'agent.configure');
  const source = await ctx.db.agentSettingsVersion.findFirst({ where: { version }, select: { settings: true } });
  if (!source) throw new AppError('not_found', 'That version does not exist.');
  const row = await insertVersion({ ctx, settings: readStored(source.settings), expectedVersion, note: `Rolled back to version ${version}` });
  await recordAudit({ ctx, action: 'agent.settings_rolled_back', targetType: 'AgentSettingsVersion', targetId: row.id, meta, metadata: { version: row.version, restoredVersion: version } }, ctx.db);
  return { version: row.version };
}

export type AgentSettingsVersionSummary = {
  id: string;
  version: number;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
  note: string | null;
  /** Field paths changed compared with the version before (all top-level sections for version 1, compared with the defaults). */
  changedFields: string[];
};

export const VERSIONS_PAGE_SIZE = 20;

/** Newest first; `cursor` is the version number to continue below. */
export async function listAgentSettingsVersions({ ctx, cursor, take = VERSIONS_PAGE_SIZE }: { ctx: Ctx; cursor?: number | null; take?: number }): Promise<{
  versions: AgentSettingsVersionSummary[];
  nextCursor: number | null;
}> {
  assertCan(ctx, 'agent.configure');
  // One extra row: the version before the last one shown, to diff against.
  const rows = await ctx.db.agentSettingsVersion.findMany({
    where: cursor ? { version: { lt: cursor } } : {},
    orderBy: { version: 'desc' },
    take: take + 2,
    select: { id: true, version: true, settings: true, createdAt: true, createdById: true, note: true },
  });
  const shown = rows.slice(0, take);
  const userIds = [...new Set(shown.map((r) => r.createdById).filter((id): id is string => Boolean(id)))];
  // Users are not tenant data; only the ids written into this workspace's own rows are looked up.
  const users = userIds.length ? await ctx.db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(users.map((u) => [u.id, u.name]));
  // Version 1 is compared with the defaults the workspace had (its own time zone).
  const firstBaseline = shown.some((row) => row.version === 1) ? await workspaceDefaultSettings(ctx.workspace.id) : null;
  const versions = shown.map((row, index) => {
    const previous = rows[index + 1];
    const before = previous ? readStored(previous.settings) : row.version === 1 ? firstBaseline : null;
    return {
      id: row.id,
      version: row.version,
      createdAt: row.createdAt,
      createdBy: row.createdById ? { id: row.createdById, name: names.get(row.createdById) ?? 'Former member' } : null,
      note: row.note,
      changedFields: before ? diffSettings(before, readStored(row.settings)) : [],
    };
  });
  return { versions, nextCursor: rows.length > take ? shown.at(-1)!.version : null };
}
