// The /agent server actions end to end (session cookie → requireWorkspace → lib → ActionResult):
// "Saved as version N", zod issues as field errors by path, conflicts as a form message, agents refused.
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { rollbackAgentSettingsAction, saveAgentSettingsAction } from '@/app/(app)/agent/actions';
import { defaultAgentSettings } from '@/lib/agent/agent-settings.schema';
import { db } from '@/lib/db';
import { addMember, createWorkspaceWithOwner } from '../factories';
import { signInAs as signInMember, form } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

let workspaceId: string;
let ownerId: string;
let agentId: string;

beforeAll(async () => {
  const { workspace, owner } = await createWorkspaceWithOwner();
  workspaceId = workspace.id;
  ownerId = owner.id;
  agentId = (await addMember(workspaceId, 'agent')).id;
});

const signInAs = (userId: string) => signInMember(userId, workspaceId);

const prev = { ok: false as const, error: '' };

beforeEach(() => signInAs(ownerId));

describe('agent settings actions', () => {
  it('saves, reports the version, maps zod issues to field paths and refuses stale saves', async () => {
    const settings = { ...defaultAgentSettings(), name: 'Mila' };
    expect(await saveAgentSettingsAction(prev, form({ settings: JSON.stringify(settings), expectedVersion: '0', note: 'First' }))).toEqual({
      ok: true,
      data: { version: 1 },
      message: 'Saved as version 1.',
    });

    const invalid = await saveAgentSettingsAction(prev, form({ settings: JSON.stringify({ ...settings, bookingUrl: 'http://cal.example', offers: [{ text: 'x', validFrom: '2026-02-02', validUntil: '2026-02-01' }] }), expectedVersion: '1' }));
    expect(invalid.ok).toBe(false);
    expect(!invalid.ok && Object.keys(invalid.fieldErrors ?? {}).sort()).toEqual(['bookingUrl', 'offers.0.validUntil']);

    const stale = await saveAgentSettingsAction(prev, form({ settings: JSON.stringify(settings), expectedVersion: '0' }));
    expect(stale).toMatchObject({ ok: false, error: 'Someone else saved changes (version 1) — reload to see them.' });

    const broken = await saveAgentSettingsAction(prev, form({ settings: '{not json', expectedVersion: '1' }));
    expect(broken).toMatchObject({ ok: false, fieldErrors: { settings: ['The settings could not be read. Reload the page.'] } });
  });

  it('restores a version as a new one', async () => {
    await saveAgentSettingsAction(prev, form({ settings: JSON.stringify({ ...defaultAgentSettings(), name: 'Second' }), expectedVersion: '1' }));
    expect(await rollbackAgentSettingsAction(prev, form({ version: '1', expectedVersion: '2' }))).toEqual({ ok: true, data: { version: 3 }, message: 'Restored version 1 as version 3.' });
  });

  it('refuses agents', async () => {
    await signInAs(agentId);
    expect(await saveAgentSettingsAction(prev, form({ settings: JSON.stringify(defaultAgentSettings()), expectedVersion: '3' }))).toMatchObject({ ok: false, error: 'Your role does not allow this.' });
    expect(await rollbackAgentSettingsAction(prev, form({ version: '1', expectedVersion: '3' }))).toMatchObject({ ok: false, error: 'Your role does not allow this.' });
    expect(await db.agentSettingsVersion.count({ where: { workspaceId } })).toBe(3);
  });
});
