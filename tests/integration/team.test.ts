import { describe, expect, it } from 'vitest';
import { hashToken } from '@/lib/auth/user-tokens';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { acceptInvite } from '@/lib/team/accept-invite';
import { changeMemberRole } from '@/lib/team/change-member-role';
import { getInviteByToken } from '@/lib/team/get-invite-by-token';
import { inviteMember } from '@/lib/team/invite-member';
import { listInvites } from '@/lib/team/list-invites';
import { listMembers } from '@/lib/team/list-members';
import { removeMember } from '@/lib/team/remove-member';
import { resendInvite } from '@/lib/team/resend-invite';
import { revokeInvite } from '@/lib/team/revoke-invite';
import { signUpWithInvite } from '@/lib/team/sign-up-with-invite';
import { transferOwnership } from '@/lib/team/transfer-ownership';
import { addMember, contextFor, createUser, createWorkspaceWithOwner } from '../factories';

const tokenOf = (url: string) => url.split('/invite/')[1]!;

async function expectAppError(promise: Promise<unknown>, code: AppError['code']) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

async function roleOf(workspaceId: string, userId: string) {
  return (await db.membership.findUnique({ where: { workspaceId_userId: { workspaceId, userId } }, select: { role: true } }))?.role ?? null;
}

describe('invites', () => {
  it('invite → accept creates a membership, marks the invite used and audits both', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    const invitee = await createUser({ email: 'Agent.Smith@example.test' });
    const invite = await inviteMember({ ctx, email: 'AGENT.smith@example.test', role: 'agent', meta: { ipAddress: '203.0.113.9', userAgent: 'vitest' } });
    expect(invite.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const stored = await db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).toBe(hashToken(tokenOf(invite.url)));
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600_000);

    const view = await getInviteByToken(tokenOf(invite.url));
    expect(view).toMatchObject({ state: 'valid', workspaceName: workspace.name, inviterName: owner.name, role: 'agent', email: 'agent.smith@example.test' });

    const accepted = await acceptInvite({ token: tokenOf(invite.url), userId: invitee.id });
    expect(accepted).toEqual({ workspaceId: workspace.id, workspaceName: workspace.name, role: 'agent' });
    expect(await roleOf(workspace.id, invitee.id)).toBe('agent');
    expect((await getInviteByToken(tokenOf(invite.url))).state).toBe('accepted');
    // Accepting again is a no-op.
    await expect(acceptInvite({ token: tokenOf(invite.url), userId: invitee.id })).resolves.toMatchObject({ role: 'agent' });
    expect(await listInvites({ ctx })).toHaveLength(0);

    const actions = (await db.auditLog.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['invite.sent', 'invite.accepted']);
    const sent = await db.auditLog.findFirstOrThrow({ where: { workspaceId: workspace.id, action: 'invite.sent' } });
    expect(sent).toMatchObject({ actorUserId: owner.id, targetType: 'invite', targetId: invite.id, ipAddress: '203.0.113.9', userAgent: 'vitest' });
  });

  it('a user with another email cannot accept', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const invite = await inviteMember({ ctx: await contextFor(owner.id, workspace.id), email: 'right@example.test', role: 'agent' });
    const stranger = await createUser({ email: 'wrong@example.test' });
    await expectAppError(acceptInvite({ token: tokenOf(invite.url), userId: stranger.id }), 'forbidden');
    expect(await roleOf(workspace.id, stranger.id)).toBeNull();
    expect((await getInviteByToken(tokenOf(invite.url))).state).toBe('valid');
  });

  it('rejects expired, revoked, forged and superseded tokens', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    const user = await createUser({ email: 'late@example.test' });

    const expired = await inviteMember({ ctx, email: 'late@example.test', role: 'agent' });
    await db.invite.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getInviteByToken(tokenOf(expired.url))).state).toBe('expired');
    await expectAppError(acceptInvite({ token: tokenOf(expired.url), userId: user.id }), 'conflict');

    // Resending re-issues the token: the new link works, the old one is dead.
    const resent = await resendInvite({ ctx, inviteId: expired.id });
    expect(resent.id).toBe(expired.id);
    expect((await getInviteByToken(tokenOf(expired.url))).state).toBe('invalid');
    expect((await getInviteByToken(tokenOf(resent.url))).state).toBe('valid');

    await revokeInvite({ ctx, inviteId: resent.id });
    expect((await getInviteByToken(tokenOf(resent.url))).state).toBe('revoked');
    await expectAppError(acceptInvite({ token: tokenOf(resent.url), userId: user.id }), 'conflict');

    expect((await getInviteByToken('not-a-real-token-but-long-enough-xxxxxxxxxxxxxxxx')).state).toBe('invalid');
    expect((await getInviteByToken('../../etc')).state).toBe('invalid');
    await expectAppError(acceptInvite({ token: 'forged-token-forged-token-forged-token-xx', userId: user.id }), 'not_found');
    expect(await roleOf(workspace.id, user.id)).toBeNull();
  });

  it('re-inviting a pending address re-issues the same invite; members cannot be invited', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    const first = await inviteMember({ ctx, email: 'twice@example.test', role: 'agent' });
    const second = await inviteMember({ ctx, email: 'Twice@example.test', role: 'admin' });
    expect(second.id).toBe(first.id);
    expect((await getInviteByToken(tokenOf(first.url))).state).toBe('invalid');
    expect(await listInvites({ ctx })).toMatchObject([{ id: first.id, role: 'admin', expired: false }]);

    const member = await addMember(workspace.id, 'agent');
    await expectAppError(inviteMember({ ctx, email: member.email, role: 'agent' }), 'conflict');
  });

  it('agents cannot invite; admins cannot invite owners', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const agent = await addMember(workspace.id, 'agent');
    const admin = await addMember(workspace.id, 'admin');
    await expectAppError(inviteMember({ ctx: await contextFor(agent.id, workspace.id), email: 'x@example.test', role: 'agent' }), 'forbidden');
    await expectAppError(listInvites({ ctx: await contextFor(agent.id, workspace.id) }), 'forbidden');
    await expectAppError(inviteMember({ ctx: await contextFor(admin.id, workspace.id), email: 'y@example.test', role: 'owner' }), 'forbidden');
    await expect(inviteMember({ ctx: await contextFor(admin.id, workspace.id), email: 'z@example.test', role: 'admin' })).resolves.toMatchObject({ role: 'admin' });
    expect(await db.invite.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it('signing up through an invite creates a verified account with the invited email', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const invite = await inviteMember({ ctx: await contextFor(owner.id, workspace.id), email: 'new@example.test', role: 'admin' });
    const result = await signUpWithInvite({ token: tokenOf(invite.url), name: ' New Person ', password: 'correct horse battery staple' });
    const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
    expect(user).toMatchObject({ email: 'new@example.test', name: 'New Person' });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await roleOf(workspace.id, user.id)).toBe('admin');
    await expectAppError(signUpWithInvite({ token: tokenOf(invite.url), name: 'Again', password: 'correct horse battery staple' }), 'conflict');
  });
});

describe('members', () => {
  it('lists members with owners first', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const agent = await addMember(workspace.id, 'agent');
    const members = await listMembers({ ctx: await contextFor(agent.id, workspace.id) });
    expect(members.map((m) => [m.userId, m.role])).toEqual([[owner.id, 'owner'], [agent.id, 'agent']]);
  });

  it('admins cannot promote to owner, demote or remove an owner', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const admin = await addMember(workspace.id, 'admin');
    const agent = await addMember(workspace.id, 'agent');
    const ctx = await contextFor(admin.id, workspace.id);
    await expectAppError(changeMemberRole({ ctx, userId: agent.id, role: 'owner' }), 'forbidden');
    await expectAppError(changeMemberRole({ ctx, userId: owner.id, role: 'agent' }), 'forbidden');
    await expectAppError(removeMember({ ctx, userId: owner.id }), 'forbidden');
    expect(await roleOf(workspace.id, owner.id)).toBe('owner');
    expect(await roleOf(workspace.id, agent.id)).toBe('agent');

    await changeMemberRole({ ctx, userId: agent.id, role: 'admin' });
    expect(await roleOf(workspace.id, agent.id)).toBe('admin');
    await removeMember({ ctx, userId: agent.id });
    expect(await roleOf(workspace.id, agent.id)).toBeNull();
    const actions = (await db.auditLog.findMany({ where: { workspaceId: workspace.id }, orderBy: { createdAt: 'asc' } })).map((a) => a.action);
    expect(actions).toEqual(['member.role_changed', 'member.removed']);
  });

  it('agents cannot change roles or remove others, but can leave', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const agent = await addMember(workspace.id, 'agent');
    const ctx = await contextFor(agent.id, workspace.id);
    await expectAppError(changeMemberRole({ ctx, userId: agent.id, role: 'admin' }), 'forbidden');
    await expectAppError(removeMember({ ctx, userId: owner.id }), 'forbidden');
    await expect(removeMember({ ctx, userId: agent.id })).resolves.toEqual({ userId: agent.id, left: true });
    expect(await roleOf(workspace.id, agent.id)).toBeNull();
    expect(await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: 'member.left', actorUserId: agent.id } })).not.toBeNull();
  });

  it('the last owner cannot leave or be demoted; with two owners one may leave', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const ctx = await contextFor(owner.id, workspace.id);
    await expectAppError(removeMember({ ctx, userId: owner.id }), 'conflict');
    await expectAppError(changeMemberRole({ ctx, userId: owner.id, role: 'admin' }), 'conflict');
    expect(await roleOf(workspace.id, owner.id)).toBe('owner');

    const second = await addMember(workspace.id, 'admin');
    await changeMemberRole({ ctx, userId: second.id, role: 'owner' });
    await removeMember({ ctx, userId: owner.id });
    expect(await roleOf(workspace.id, owner.id)).toBeNull();
    await expectAppError(removeMember({ ctx: await contextFor(second.id, workspace.id), userId: second.id }), 'conflict');
  });

  it('transfers ownership: target becomes owner, actor becomes admin', async () => {
    const { workspace, owner } = await createWorkspaceWithOwner();
    const admin = await addMember(workspace.id, 'admin');
    await expectAppError(transferOwnership({ ctx: await contextFor(admin.id, workspace.id), toUserId: admin.id }), 'forbidden');
    await transferOwnership({ ctx: await contextFor(owner.id, workspace.id), toUserId: admin.id, meta: { ipAddress: '198.51.100.1' } });
    expect(await roleOf(workspace.id, admin.id)).toBe('owner');
    expect(await roleOf(workspace.id, owner.id)).toBe('admin');
    expect(await db.auditLog.findFirst({ where: { workspaceId: workspace.id, action: 'workspace.ownership_transferred' } })).toMatchObject({
      actorUserId: owner.id, targetId: admin.id, ipAddress: '198.51.100.1',
    });
    const outsider = await createUser();
    await expectAppError(transferOwnership({ ctx: await contextFor(admin.id, workspace.id), toUserId: outsider.id }), 'not_found');
  });
});

describe('tenant isolation', () => {
  it("a context for workspace A cannot read or change workspace B's members or invites", async () => {
    const a = await createWorkspaceWithOwner();
    const b = await createWorkspaceWithOwner();
    const bAgent = await addMember(b.workspace.id, 'agent');
    const bInvite = await inviteMember({ ctx: await contextFor(b.owner.id, b.workspace.id), email: 'b-invitee@example.test', role: 'agent' });
    const ctxA = await contextFor(a.owner.id, a.workspace.id);

    expect((await listMembers({ ctx: ctxA })).map((m) => m.userId)).toEqual([a.owner.id]);
    expect(await listInvites({ ctx: ctxA })).toEqual([]);
    await expectAppError(changeMemberRole({ ctx: ctxA, userId: bAgent.id, role: 'admin' }), 'not_found');
    await expectAppError(changeMemberRole({ ctx: ctxA, userId: b.owner.id, role: 'agent' }), 'not_found');
    await expectAppError(removeMember({ ctx: ctxA, userId: bAgent.id }), 'not_found');
    await expectAppError(transferOwnership({ ctx: ctxA, toUserId: bAgent.id }), 'not_found');
    await expectAppError(resendInvite({ ctx: ctxA, inviteId: bInvite.id }), 'not_found');
    await expectAppError(revokeInvite({ ctx: ctxA, inviteId: bInvite.id }), 'not_found');

    expect(await roleOf(b.workspace.id, bAgent.id)).toBe('agent');
    expect(await roleOf(b.workspace.id, b.owner.id)).toBe('owner');
    expect((await getInviteByToken(tokenOf(bInvite.url))).state).toBe('valid');
    expect(await db.auditLog.count({ where: { workspaceId: b.workspace.id } })).toBe(1);
  });
});
