'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { getRequestMeta } from '@/lib/http/request-meta';
import { changeMemberRole } from '@/lib/team/change-member-role';
import { inviteMember } from '@/lib/team/invite-member';
import { removeMember } from '@/lib/team/remove-member';
import { resendInvite } from '@/lib/team/resend-invite';
import { revokeInvite } from '@/lib/team/revoke-invite';
import { transferOwnership } from '@/lib/team/transfer-ownership';
import { requireWorkspace } from '@/lib/workspaces/context';
import { changeMemberRoleSchema, inviteIdSchema, inviteMemberSchema, memberIdSchema, transferOwnershipSchema } from './team.schema';

export async function inviteMemberAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(inviteMemberSchema, formData, async (values) => {
    const ctx = await requireWorkspace('team.invite');
    await inviteMember({ ctx, email: values.email, role: values.role, meta: await getRequestMeta() });
    revalidatePath('/team');
    return { ok: true, message: `Invite sent to ${values.email}.` };
  });
}

export async function resendInviteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(inviteIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('team.invite');
    const invite = await resendInvite({ ctx, inviteId: values.inviteId, meta: await getRequestMeta() });
    revalidatePath('/team');
    return { ok: true, message: `New link sent to ${invite.email}.` };
  });
}

export async function revokeInviteAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(inviteIdSchema, formData, async (values) => {
    const ctx = await requireWorkspace('team.invite');
    await revokeInvite({ ctx, inviteId: values.inviteId, meta: await getRequestMeta() });
    revalidatePath('/team');
    return { ok: true, message: 'Invite revoked.' };
  });
}

export async function changeMemberRoleAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(changeMemberRoleSchema, formData, async (values) => {
    const ctx = await requireWorkspace('team.manage');
    await changeMemberRole({ ctx, userId: values.userId, role: values.role, meta: await getRequestMeta() });
    revalidatePath('/team');
    return { ok: true, message: 'Role updated.' };
  });
}

export async function removeMemberAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(memberIdSchema, formData, async (values) => {
    // Leaving needs no permission beyond membership; removing others is checked in removeMember.
    const ctx = await requireWorkspace('team.view');
    const result = await removeMember({ ctx, userId: values.userId, meta: await getRequestMeta() });
    if (result.left) redirect('/inbox');
    revalidatePath('/team');
    return { ok: true, message: 'Member removed.' };
  });
}

export async function transferOwnershipAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(transferOwnershipSchema, formData, async (values) => {
    const ctx = await requireWorkspace('workspace.transfer-ownership');
    await transferOwnership({ ctx, toUserId: values.toUserId, meta: await getRequestMeta() });
    revalidatePath('/team');
    return { ok: true, message: 'Ownership transferred. You are now an admin.' };
  });
}
