import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { createWorkspace, slugify } from '@/lib/workspaces/create-workspace';
import { listMyWorkspaces } from '@/lib/workspaces/list-my-workspaces';
import { renameWorkspace } from '@/lib/workspaces/rename-workspace';
import { switchWorkspace } from '@/lib/workspaces/switch-workspace';
import { addMember, contextFor, createSessionRow, createUser, createWorkspaceWithOwner } from '../factories';

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe('workspaces', () => {
  it('slugifies names', () => {
    expect(slugify("Ana's Café & Bakery!")).toBe('anas-cafe-bakery');
    expect(slugify('   ')).toBe('workspace');
    expect(slugify('日本')).toBe('workspace');
  });

  it('creates a workspace with the creator as owner and unique slugs', async () => {
    const user = await createUser();
    const first = await createWorkspace({ userId: user.id, name: '  Acme Shop ' });
    const second = await createWorkspace({ userId: user.id, name: 'Acme shop' });
    const third = await createWorkspace({ userId: user.id, name: 'ACME SHOP' });
    expect(first).toMatchObject({ name: 'Acme Shop', slug: 'acme-shop' });
    expect(second.slug).toBe('acme-shop-2');
    expect(third.slug).toBe('acme-shop-3');
    const mine = await listMyWorkspaces(user.id);
    expect(mine.map((w) => `${w.slug}:${w.role}`).sort()).toEqual(['acme-shop-2:owner', 'acme-shop-3:owner', 'acme-shop:owner']);
    expect(await db.auditLog.findFirst({ where: { workspaceId: first.id, action: 'workspace.created', actorUserId: user.id } })).not.toBeNull();
  });

  it('renames with workspace.rename only, and audits it', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner({ name: 'Old name' });
    const agent = await addMember(workspace.id, 'agent');
    await expectAppError(renameWorkspace({ ctx: await contextFor(agent.id, workspace.id), name: 'Hijacked' }), 'forbidden');
    await renameWorkspace({ ctx: await contextFor(owner.id, workspace.id), name: 'New name' });
    expect(await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).toMatchObject({ name: 'New name', slug: workspace.slug });
    expect(await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: 'workspace.renamed' } })).toMatchObject({
      metadata: { from: 'Old name', to: 'New name' },
    });
  });

  it('switches only to workspaces the user belongs to', async () => {
    const a = await createWorkspaceWithOwner();
    const b = await createWorkspaceWithOwner();
    const session = await createSessionRow(a.owner.id);
    await addMember(b.workspace.id, 'agent');
    await expectAppError(switchWorkspace({ sessionId: session.id, userId: a.owner.id, workspaceId: b.workspace.id }), 'not_found');
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).currentWorkspaceId).toBeNull();

    const mine = await createWorkspace({ userId: a.owner.id, name: 'Second' });
    await switchWorkspace({ sessionId: session.id, userId: a.owner.id, workspaceId: mine.id });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).currentWorkspaceId).toBe(mine.id);

    // Someone else's session cannot be pointed anywhere.
    await expectAppError(switchWorkspace({ sessionId: session.id, userId: b.owner.id, workspaceId: b.workspace.id }), 'unauthorized');
  });
});
