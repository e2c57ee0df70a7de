// Issue 14: business hours defaulted to Mon–Fri 09–17 UTC, so a weekend (or evening) customer in
// another zone got "We're away right now" under every correct answer. A new workspace now takes
// the owner's browser time zone (hidden sign-up field, validated, UTC otherwise) and the AI
// assistant's default business hours use it until the owner saves their own.
import { describe, expect, it, vi } from 'vitest';
import { signUpAction } from '@/app/(auth)/actions';
import { getAgentSettings, listAgentSettingsVersions, saveAgentSettings } from '@/lib/agent/agent-settings';
import { completeSignUp } from '@/lib/auth/complete-sign-up';
import { pendingSignUpSchema } from '@/lib/auth/pending-sign-up.schema';
import { db } from '@/lib/db';
import { PEER_ADDRESS_HEADER, peerAddressHeaderValue } from '@/lib/http/peer-address-stamp';
import { createWorkspace } from '@/lib/workspaces/create-workspace';
import { scopedDb } from '@/lib/workspaces/scoped-db';
import { contextFor, createUser } from '../factories';
import { mockRequest, sameOriginHeaders } from '../support/mock-request';
import { form } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());
vi.mock('next/cache', async () => (await import('../support/mock-request')).nextCacheMock());

let visitor = 0;
async function signUpWith(timeZone: string | undefined) {
  const email = `tz-${Date.now()}-${++visitor}@example.test`;
  mockRequest.headers = sameOriginHeaders();
  mockRequest.headers.set(PEER_ADDRESS_HEADER, peerAddressHeaderValue(`203.0.113.${visitor}`));
  const fields: Record<string, string> = { name: 'Grace', email, password: 'correct horse battery staple', workspaceName: 'Zoned Shop', acceptTerms: 'on' };
  if (timeZone !== undefined) fields.timeZone = timeZone;
  expect((await signUpAction({ ok: false, error: '' }, form(fields))).ok).toBe(true);
  const [row] = await db.$queryRaw<{ data: unknown }[]>`select data from pgboss.job where name = 'complete-sign-up' and data->>'email' = ${email}`;
  await completeSignUp(pendingSignUpSchema.parse(row!.data));
  const membership = await db.membership.findFirstOrThrow({ where: { user: { email } }, select: { workspace: { select: { id: true, timeZone: true } } } });
  return membership.workspace;
}

describe('workspace time zone (issue 14)', () => {
  it("sign-up stores the browser's zone and the default business hours use it", async () => {
    const workspace = await signUpWith('Europe/Berlin');
    expect(workspace.timeZone).toBe('Europe/Berlin');
    const current = await getAgentSettings({ ctx: { db: scopedDb(workspace.id), workspace } });
    expect(current.version).toBe(0);
    expect(current.settings.businessHours.timeZone).toBe('Europe/Berlin');
  });

  it('an unknown, hostile or missing zone signs up in UTC (never a failed form)', async () => {
    expect((await signUpWith('Mars/Olympus')).timeZone).toBe('UTC');
    expect((await signUpWith('Europe/Berlin\'); drop table "User"; --')).timeZone).toBe('UTC');
    expect((await signUpWith(undefined)).timeZone).toBe('UTC');
  });

  it('a job queued before the field existed still completes (UTC)', async () => {
    const legacy = pendingSignUpSchema.safeParse({ signUpId: crypto.randomUUID(), userId: crypto.randomUUID(), name: 'Old', email: 'old@example.test', workspaceName: 'Old', passwordHashSealed: 'x', meta: { ipAddress: null, userAgent: null, requestId: null } });
    expect(legacy.success).toBe(true);
  });

  it('another workspace created later takes the zone sent with that form; saved settings win over the default', async () => {
    const user = await createUser();
    const created = await createWorkspace({ userId: user.id, name: 'Tokyo branch', timeZone: 'Asia/Tokyo' });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: created.id } })).timeZone).toBe('Asia/Tokyo');
    const ctx = await contextFor(user.id, created.id);
    const defaults = await getAgentSettings({ ctx });
    expect(defaults.settings.businessHours.timeZone).toBe('Asia/Tokyo');
    // The first save of the untouched defaults changes nothing (the history compares with the workspace's own defaults).
    await saveAgentSettings({ ctx, settings: defaults.settings, expectedVersion: 0, note: null });
    const { versions } = await listAgentSettingsVersions({ ctx });
    expect(versions[0]!.changedFields).toEqual([]);
    await saveAgentSettings({ ctx, settings: { ...defaults.settings, businessHours: { ...defaults.settings.businessHours, timeZone: 'America/Lima' } }, expectedVersion: 1, note: null });
    expect((await getAgentSettings({ ctx })).settings.businessHours.timeZone).toBe('America/Lima');
  });
});
