import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button-link';
import { InviteSignUpForm } from '@/components/invite/invite-sign-up-form';
import { JoinForm } from '@/components/invite/join-form';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { getInviteByToken, type InviteState } from '@/lib/team/get-invite-by-token';
import { acceptInviteAction, inviteSignUpAction } from './actions';

export const metadata: Metadata = { title: 'Invitation', robots: { index: false } };

const problems: Record<Exclude<InviteState, 'valid'>, { title: string; body: string }> = {
  invalid: { title: 'This invite link does not work', body: 'It may be mistyped or cut off, or a newer invite replaced it. Ask the person who invited you to send it again.' },
  expired: { title: 'This invite has expired', body: 'Invite links work for 7 days. Ask the person who invited you to resend it from the Team page.' },
  revoked: { title: 'This invite was withdrawn', body: 'A workspace admin revoked it. If you still need access, ask them for a new invite.' },
  accepted: { title: 'This invite has already been used', body: 'If you accepted it, log in to reach the workspace.' },
};

/** The (auth) layout already draws the logo and the card. */
function Card({ children }: { children: React.ReactNode }) {
  return <>{children}</>;
}

export default async function InvitePage({ params }: PageProps<'/invite/[token]'>) {
  const { token } = await params;
  const [invite, session] = await Promise.all([getInviteByToken(token), getCurrentSession()]);
  const next = `/invite/${encodeURIComponent(token)}`;

  if (invite.state !== 'valid') {
    const problem = problems[invite.state];
    return (
      <Card>
        <h1 className="text-xl font-bold tracking-tight">{problem.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{problem.body}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          {session ? <ButtonLink href="/inbox">Go to your inbox</ButtonLink> : <ButtonLink href="/login">Log in</ButtonLink>}
          <ButtonLink href="/" variant="secondary">Home</ButtonLink>
        </div>
      </Card>
    );
  }

  const intro = (
    <>
      <p className="text-sm font-semibold text-brand-700">You’re invited</p>
      <h1 className="mt-1 text-xl font-bold tracking-tight">Join {invite.workspaceName} on Relaydesk</h1>
      <p className="mt-2 text-sm text-slate-600">
        {invite.inviterName ?? 'A workspace admin'} invited <strong className="text-slate-900">{invite.email}</strong> as an{' '}
        <strong className="text-slate-900">{invite.role}</strong>.
      </p>
    </>
  );

  if (session) {
    const matches = session.user.email.toLowerCase() === invite.email.toLowerCase();
    return (
      <Card>
        {intro}
        <div className="mt-6">
          {matches ? (
            <JoinForm action={acceptInviteAction} token={token} workspaceName={invite.workspaceName} />
          ) : (
            <div className="space-y-4">
              <p role="alert" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900 ring-1 ring-amber-200">
                You are logged in as {session.user.email}, but this invite is for {invite.email}. Log out and log in with that address to accept it.
              </p>
              <ButtonLink href="/inbox" variant="secondary">Back to your inbox</ButtonLink>
            </div>
          )}
        </div>
      </Card>
    );
  }

  return (
    <Card>
      {intro}
      <div className="mt-6 rounded-lg bg-slate-50 p-4 ring-1 ring-slate-200">
        <p className="text-sm text-slate-700">Already have a Relaydesk account for {invite.email}?</p>
        <ButtonLink href={`/login?next=${encodeURIComponent(next)}`} variant="secondary" className="mt-3 w-full">Log in to accept</ButtonLink>
      </div>
      <h2 className="mt-6 font-semibold">Or create an account</h2>
      <div className="mt-3">
        <InviteSignUpForm action={inviteSignUpAction} token={token} email={invite.email} />
      </div>
    </Card>
  );
}
