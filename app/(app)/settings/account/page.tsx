import type { Metadata } from 'next';
import { NotificationPreferencesForm } from '@/components/app/notification-preferences-form';
import { ChangeEmailForm, ChangePasswordForm, RevokeOtherSessionsForm, RevokeSessionButton } from '@/components/app/account-forms';
import { listActiveSessions } from '@/lib/auth/list-sessions';
import { describeUserAgent } from '@/lib/auth/describe-user-agent';
import { getNotificationPreferences } from '@/lib/notifications/update-notification-preferences';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import Link from 'next/link';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';
import { getAccountDeletion } from '@/lib/account/get-account-deletion';
import { listClosedWorkspaces } from '@/lib/workspaces/list-closed-workspaces';
import { requestAccountDeletionAction } from './actions';

export const metadata: Metadata = { title: 'Account settings' };

const card = 'rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200';

export default async function AccountSettingsPage() {
  const ctx = await requireWorkspacePage();
  const [sessions, preferences, deletion, closed] = await Promise.all([
    listActiveSessions(ctx.user.id), getNotificationPreferences({ ctx }), getAccountDeletion({ userId: ctx.user.id }), listClosedWorkspaces({ userId: ctx.user.id }),
  ]);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Account settings</h1>
      <section className={card} aria-labelledby="profile-title">
        <h2 id="profile-title" className="font-semibold">Profile</h2>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[8rem_1fr]">
          <dt className="text-slate-500">Name</dt><dd>{ctx.user.name}</dd>
          <dt className="text-slate-500">Email</dt><dd>{ctx.user.email}</dd>
        </dl>
      </section>
      <section className={card} aria-labelledby="notifications-title">
        <h2 id="notifications-title" className="font-semibold">Email alerts in {ctx.workspace.name}</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">Alerts are collected for a couple of minutes and sent as one email, so a busy moment does not flood your inbox.</p>
        <NotificationPreferencesForm preferences={preferences} />
      </section>
      <section className={card} aria-labelledby="password-title">
        <h2 id="password-title" className="mb-4 font-semibold">Change password</h2>
        <ChangePasswordForm />
      </section>
      <section className={card} aria-labelledby="email-title">
        <h2 id="email-title" className="font-semibold">Change email</h2>
        <p className="mt-1 mb-4 text-sm text-slate-600">We send a link to the new address; your email changes when you open it.</p>
        <ChangeEmailForm />
      </section>
      <section className={card} aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="font-semibold">Active sessions</h2>
        <ul className="mt-4 divide-y divide-slate-200">
          {sessions.map((s) => (
            <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3 text-sm">
              <div>
                <p className="font-medium">{describeUserAgent(s.userAgent)} {s.id === ctx.session.id ? <span className="ml-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs text-emerald-700">This device</span> : null}</p>
                <p className="text-slate-500">IP {s.ipAddress ?? 'unknown'} · last active {s.lastSeenAt.toLocaleString('en-GB', { timeZone: 'UTC' })} UTC</p>
              </div>
              {s.id === ctx.session.id ? null : <RevokeSessionButton sessionId={s.id} />}
            </li>
          ))}
        </ul>
        <div className="mt-4"><RevokeOtherSessionsForm /></div>
      </section>
      {closed.length ? (
        <section className={card} aria-labelledby="closed-title" id="closed-workspaces">
          <h2 id="closed-title" className="font-semibold">Closed workspaces</h2>
          <p className="mt-1 text-sm text-slate-600">You own {closed.length} closed workspace{closed.length === 1 ? '' : 's'} that can still be restored. <Link href="/workspaces/closed" className="font-medium text-brand-700 underline">Review and restore</Link></p>
        </section>
      ) : null}
      <section className={`${card} ring-red-200`} aria-labelledby="delete-account-title">
        <h2 id="delete-account-title" className="font-semibold text-red-800">Delete account</h2>
        {deletion.deleteAfter ? (
          <p className="mt-1 text-sm text-slate-700">Your account is scheduled for deletion (see the banner above). Choose “Keep my account” to cancel.</p>
        ) : deletion.blockedBy.length ? (
          <p className="mt-1 text-sm text-slate-700" data-testid="delete-account-blocked">
            You are the only owner of {deletion.blockedBy.map((w) => w.name).join(', ')}, which other people use. Make another member owner on the Team page first (or remove the other members), then come back here.
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-slate-600">We delete your account 30 days after you ask — with any workspace where you are the only member. Until then you can change your mind by signing in. Workspaces you share keep their conversations; your name disappears from them.</p>
            <div className="mt-4">
              <ConfirmActionForm
                action={requestAccountDeletionAction}
                fields={{}}
                openLabel="Delete my account…"
                title="Delete your Relaydesk account?"
                description="We email you a confirmation. Sign in within 30 days to keep the account."
                confirmLabel="Delete my account"
                pendingLabel="Scheduling…"
                typeToConfirm={{ label: `Type ${ctx.user.email} to confirm`, value: ctx.user.email, name: 'confirmEmail' }}
                testId="delete-account"
              />
            </div>
          </>
        )}
      </section>
    </div>
  );
}
