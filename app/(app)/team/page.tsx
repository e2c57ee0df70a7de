import type { Metadata } from 'next';
import { roleLabels } from '@/lib/workspaces/role-labels';
import { ActionButton } from '@/components/team/action-button';
import { InviteForm } from '@/components/team/invite-form';
import { PlanLimitNote } from '@/components/billing/plan-limit-note';
import { RoleSelectForm } from '@/components/team/role-select-form';
import { getLimitUsage } from '@/lib/billing/get-limit-usage';
import { listInvites, type PendingInvite } from '@/lib/team/list-invites';
import { listMembers } from '@/lib/team/list-members';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { canManageMember } from '@/lib/workspaces/permissions';
import {
  changeMemberRoleAction,
  inviteMemberAction,
  removeMemberAction,
  resendInviteAction,
  revokeInviteAction,
  transferOwnershipAction,
} from './actions';

export const metadata: Metadata = { title: 'Team' };

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

export default async function TeamPage() {
  const ctx = await requireWorkspacePage('team.view');
  const members = await listMembers({ ctx });
  const invites: PendingInvite[] = ctx.can('team.invite') ? await listInvites({ ctx }) : [];
  const seats = ctx.can('team.invite') ? await getLimitUsage({ workspaceId: ctx.workspace.id, limit: 'seats' }) : null;
  // Only owners may hand out the owner role (see docs/permissions.md).
  // The last owner cannot leave (docs/permissions.md): say so up front instead of offering
  // "Leave" and refusing afterwards.
  const soleOwner = ctx.role === 'owner' && members.filter((m) => m.role === 'owner').length === 1;
  const assignable = (ctx.role === 'owner' ? (['owner', 'admin', 'agent'] as const) : (['admin', 'agent'] as const)).map((value) => ({ value, label: roleLabels[value] }));

  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Team</h1>
        <p className="mt-1 text-slate-600">People who can work in {ctx.workspace.name}.</p>
      </header>

      {ctx.can('team.invite') ? (
        <section aria-labelledby="invite-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="invite-title" className="font-semibold">Invite a teammate</h2>
          <p className="mt-1 text-sm text-slate-600">They get an email with a link that works for 7 days.</p>
          {seats ? <div className="mt-1"><PlanLimitNote usage={seats} limit="seats" canUpgrade={ctx.can('billing.manage')} /></div> : null}
          <div className="mt-4">
            <InviteForm action={inviteMemberAction} roles={assignable} />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="members-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="members-title" className="px-5 pt-5 font-semibold sm:px-6">Members <span className="text-slate-500">({members.length})</span></h2>
        <ul className="mt-3 divide-y divide-slate-200">
          {members.map((member) => {
            const isSelf = member.userId === ctx.user.id;
            const manageable = !isSelf && canManageMember(ctx.role, member.role);
            return (
              <li key={member.userId} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
                <div className="min-w-0">
                  <p className="truncate font-medium">
                    {member.name} {isSelf ? <span className="text-sm font-normal text-slate-500">(you)</span> : null}
                  </p>
                  <p className="truncate text-sm text-slate-600">{member.email}</p>
                  <p className="text-xs text-slate-500">Joined {dateFormat.format(member.joinedAt)}</p>
                </div>
                <div className="flex flex-wrap items-start gap-2">
                  {manageable ? (
                    <RoleSelectForm action={changeMemberRoleAction} userId={member.userId} memberName={member.name} currentRole={member.role} roles={assignable} />
                  ) : (
                    <span className="rounded-full bg-slate-100 px-2.5 py-1 text-xs font-semibold text-slate-700">{roleLabels[member.role]}</span>
                  )}
                  {ctx.role === 'owner' && !isSelf && member.role !== 'owner' ? (
                    <ActionButton
                      action={transferOwnershipAction}
                      fields={{ toUserId: member.userId }}
                      label="Make owner"
                      confirm={`Transfer ownership to ${member.name}? You will become an admin.`}
                    />
                  ) : null}
                  {manageable ? (
                    <ActionButton action={removeMemberAction} fields={{ userId: member.userId }} label="Remove" variant="danger" confirm={`Remove ${member.name} from ${ctx.workspace.name}?`} />
                  ) : null}
                  {isSelf && soleOwner ? (
                    <p className="max-w-xs text-xs text-slate-600">
                      {members.length > 1
                        ? 'You are the only owner. To leave, first make someone else owner (“Make owner” next to their name).'
                        : 'You are the only member. Invite a teammate and make them owner before you can leave.'}
                    </p>
                  ) : isSelf ? (
                    <ActionButton action={removeMemberAction} fields={{ userId: member.userId }} label="Leave" variant="danger" confirm={`Leave ${ctx.workspace.name}? You will need a new invite to come back.`} />
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      </section>

      {ctx.can('team.invite') ? (
        <section aria-labelledby="invites-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          <h2 id="invites-title" className="px-5 pt-5 font-semibold sm:px-6">Pending invites</h2>
          {invites.length === 0 ? (
            <p className="px-5 pb-5 pt-2 text-sm text-slate-600 sm:px-6">No pending invites.</p>
          ) : (
            <ul className="mt-3 divide-y divide-slate-200">
              {invites.map((invite) => {
                const manageable = invite.role !== 'owner' || ctx.role === 'owner';
                return (
                  <li key={invite.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between sm:px-6">
                    <div className="min-w-0">
                      <p className="truncate font-medium">{invite.email}</p>
                      <p className="text-sm text-slate-600">
                        {roleLabels[invite.role]} ·{' '}
                        {invite.expired ? <span className="font-medium text-amber-700">expired</span> : <>expires {dateFormat.format(invite.expiresAt)}</>}
                        {invite.invitedBy ? <> · invited by {invite.invitedBy.name}</> : null}
                      </p>
                    </div>
                    {manageable ? (
                      <div className="flex flex-wrap items-start gap-2">
                        <ActionButton action={resendInviteAction} fields={{ inviteId: invite.id }} label="Resend" pendingLabel="Sending…" />
                        <ActionButton action={revokeInviteAction} fields={{ inviteId: invite.id }} label="Revoke" variant="danger" confirm={`Revoke the invite for ${invite.email}?`} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
