import type { Metadata } from 'next';
import { NotificationPreferencesForm } from '@/components/app/notification-preferences-form';
import { ChangeEmailForm, ChangePasswordForm, RevokeOtherSessionsForm, RevokeSessionButton } from '@/components/app/account-forms';
import { listActiveSessions } from '@/lib/auth/list-sessions';
import { describeUserAgent } from '@/lib/auth/describe-user-agent';
import { getNotificationPreferences } from '@/lib/notifications/update-notification-preferences';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Account settings' };

const card = 'rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200';

export default async function AccountSettingsPage() {
  const ctx = await requireWorkspacePage();
  const [sessions, preferences] = await Promise.all([listActiveSessions(ctx.user.id), getNotificationPreferences({ ctx })]);
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
    </div>
  );
}
