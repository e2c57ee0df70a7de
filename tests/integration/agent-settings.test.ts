// Agent settings: every save is a new version, stale saves are refused (no silent overwrite),
// rollback appends a copy of an old version, agents may not configure, and workspaces never
// see each other's versions.
import { beforeAll, describe, expect, it } from 'vitest';
import { getAgentSettings, listAgentSettingsVersions, rollbackAgentSettings, saveAgentSettings } from '@/lib/agent/agent-settings';
import { defaultAgentSettings, type AgentSettingsInput } from '@/lib/agent/agent-settings.schema';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';

let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;
let adminCtx: WorkspaceContext;
let agentCtx: WorkspaceContext;

beforeAll(async () => {
  let workspaceId: string;
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  adminCtx = await contextFor((await addMember(workspaceId, 'admin')).id, workspaceId);
  agentCtx = await contextFor((await addMember(workspaceId, 'agent')).id, workspaceId);
});

function settingsWith(overrides: Partial<AgentSettingsInput>): AgentSettingsInput {
  return { ...defaultAgentSettings(), ...overrides };
}

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('agent settings', () => {
  it('starts from the defaults as version 0', async () => {
    const current = await getAgentSettings({ ctx });
    expect(current.version).toBe(0);
    expect(current.settings).toEqual(defaultAgentSettings());
  });

  it('saves versions 1 and 2 (audited) and reads the latest', async () => {
    const product = { name: 'Candle', description: 'Soy wax', price: '19.9', currency: 'eur', url: 'https://shop.example/candle', imageUrl: '' };
    expect(await saveAgentSettings({ ctx, settings: settingsWith({ name: 'Mila', products: [product] }), expectedVersion: 0 })).toEqual({ version: 1 });
    expect(await saveAgentSettings({ ctx: adminCtx, settings: settingsWith({ name: 'Mila', brandVoice: { tone: 'luxury', notes: '' }, products: [product] }), expectedVersion: 1, note: 'Posher' })).toEqual({ version: 2 });
    const current = await getAgentSettings({ ctx: agentCtx });
    expect(current.version).toBe(2);
    expect(current.settings.brandVoice.tone).toBe('luxury');
    expect(current.settings.products[0]).toMatchObject({ currency: 'EUR', price: '19.9', priceMinor: 1990 });
    const audit = await db.auditLog.findMany({ where: { workspaceId: ctx.workspace.id, action: 'agent.settings_saved' } });
    expect(audit).toHaveLength(2);

    const { versions, nextCursor } = await listAgentSettingsVersions({ ctx });
    expect(nextCursor).toBeNull();
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
    expect(versions[0]).toMatchObject({ note: 'Posher', createdBy: { id: adminCtx.user.id }, changedFields: ['brandVoice.tone'] });
    expect(versions[1]!.changedFields).toEqual(['name', 'products']);
  });

  it('refuses a save based on a stale version with a conflict naming the current version', async () => {
    const error = await rejection(saveAgentSettings({ ctx, settings: settingsWith({ name: 'Stale' }), expectedVersion: 1 }));
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Someone else saved changes (version 2) — reload to see them.');
    expect((await getAgentSettings({ ctx })).settings.name).toBe('Mila');
  });

  it('two concurrent saves of the same version: exactly one wins', async () => {
    const current = (await getAgentSettings({ ctx })).version;
    const results = await Promise.allSettled([
      saveAgentSettings({ ctx, settings: settingsWith({ name: 'One' }), expectedVersion: current }),
      saveAgentSettings({ ctx: adminCtx, settings: settingsWith({ name: 'Two' }), expectedVersion: current }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(isAppError(failed.reason) && failed.reason.code).toBe('conflict');
    expect((await getAgentSettings({ ctx })).version).toBe(current + 1);
  });

  it('rejects invalid settings with field errors by path', async () => {
    const error = await rejection(
      saveAgentSettings({ ctx, settings: settingsWith({ name: '', products: [{ name: 'X', price: '1.999', currency: 'EUR' }] }), expectedVersion: 3 }),
    );
    expect(error.code).toBe('bad_request');
    const fieldErrors = error.details?.fieldErrors as Record<string, string[]>;
    expect(Object.keys(fieldErrors).sort()).toEqual(['name', 'products.0.price']);
  });

  it('rollback creates a new version copying the old settings (audited)', async () => {
    const before = await getAgentSettings({ ctx });
    const { version } = await rollbackAgentSettings({ ctx, version: 1, expectedVersion: before.version });
    expect(version).toBe(before.version + 1);
    const current = await getAgentSettings({ ctx });
    expect(current.settings.name).toBe('Mila');
    expect(current.settings.brandVoice.tone).toBe('friendly');
    const { versions } = await listAgentSettingsVersions({ ctx });
    expect(versions[0]).toMatchObject({ version, note: 'Rolled back to version 1' });
    expect(await db.auditLog.count({ where: { workspaceId: ctx.workspace.id, action: 'agent.settings_rolled_back' } })).toBe(1);
    // Stale rollback → conflict; unknown version → not found.
    expect((await rejection(rollbackAgentSettings({ ctx, version: 1, expectedVersion: before.version }))).code).toBe('conflict');
    expect((await rejection(rollbackAgentSettings({ ctx, version: 999, expectedVersion: version }))).code).toBe('not_found');
  });

  it('agents may not save, roll back or list versions', async () => {
    const version = (await getAgentSettings({ ctx })).version;
    expect((await rejection(saveAgentSettings({ ctx: agentCtx, settings: defaultAgentSettings(), expectedVersion: version }))).code).toBe('forbidden');
    expect((await rejection(rollbackAgentSettings({ ctx: agentCtx, version: 1, expectedVersion: version }))).code).toBe('forbidden');
    expect((await rejection(listAgentSettingsVersions({ ctx: agentCtx }))).code).toBe('forbidden');
  });

  it('workspaces never read or restore each other’s versions', async () => {
    expect(await getAgentSettings({ ctx: otherCtx })).toMatchObject({ version: 0 });
    expect((await listAgentSettingsVersions({ ctx: otherCtx })).versions).toEqual([]);
    expect((await rejection(rollbackAgentSettings({ ctx: otherCtx, version: 1, expectedVersion: 0 }))).code).toBe('not_found');
    // B's first save is B's version 1, independent of A's numbering.
    expect(await saveAgentSettings({ ctx: otherCtx, settings: settingsWith({ name: 'B bot' }), expectedVersion: 0 })).toEqual({ version: 1 });
    expect((await getAgentSettings({ ctx })).settings.name).toBe('Mila');
  });

  it('pages through history with a cursor', async () => {
    const { versions: first, nextCursor } = await listAgentSettingsVersions({ ctx, take: 2 });
    expect(first).toHaveLength(2);
    expect(nextCursor).toBe(first[1]!.version);
    const { versions: rest } = await listAgentSettingsVersions({ ctx, cursor: nextCursor, take: 50 });
    expect(rest[0]!.version).toBe(first[1]!.version - 1);
    expect(rest.at(-1)!.version).toBe(1);
  });

  it('parsed settings are cached per version, yet a version saved by another process is read at once', async () => {
    const { version } = await getAgentSettings({ ctx });
    await saveAgentSettings({ ctx, settings: settingsWith({ introMessage: 'Cached one' }), expectedVersion: version });
    const first = await getAgentSettings({ ctx });
    expect(first.settings.introMessage).toBe('Cached one');
    expect(await getAgentSettings({ ctx })).toBe(first); // the same parsed object: no re-read, no re-parse
    expect(Object.isFrozen(first.settings)).toBe(true); // shared between callers, so nobody may change it
    // "Another process" appends a version straight to the table: no in-process invalidation at all.
    await db.agentSettingsVersion.create({
      data: { workspaceId: ctx.workspace.id, version: first.version + 1, settings: { ...first.settings, introMessage: 'Saved elsewhere' }, createdById: ctx.user.id },
    });
    const next = await getAgentSettings({ ctx });
    expect(next.version).toBe(first.version + 1);
    expect(next.settings.introMessage).toBe('Saved elsewhere');
    // A caller that read the version number itself gets that version; another workspace never sees it.
    expect((await getAgentSettings({ ctx, currentVersion: first.version })).settings.introMessage).toBe('Cached one');
    expect((await getAgentSettings({ ctx: otherCtx })).settings.introMessage).not.toBe('Saved elsewhere');
  });
});
