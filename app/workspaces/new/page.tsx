import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { Logo } from '@/components/ui/logo';
import { CreateWorkspaceForm } from '@/components/workspaces/create-workspace-form';
import { getCurrentSession } from '@/lib/auth/get-current-session';
import { listMyWorkspaces } from '@/lib/workspaces/list-my-workspaces';
import { createWorkspaceAction } from '../actions';

export const metadata: Metadata = { title: 'Create a workspace' };

// Outside the (app) group on purpose: users who belong to no workspace land here.
export default async function NewWorkspacePage() {
  const session = await getCurrentSession();
  if (!session) redirect('/login?next=/workspaces/new');
  const workspaces = await listMyWorkspaces(session.user.id);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-slate-50 px-4 py-12">
      <div className="w-full max-w-md">
        <Link href="/" className="mx-auto flex w-fit items-center gap-2 font-semibold"><Logo /> Relaydesk</Link>
        <div className="mt-8 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8">
          <h1 className="text-xl font-bold tracking-tight">{workspaces.length ? 'Create another workspace' : 'Create your workspace'}</h1>
          <p className="mt-2 text-sm text-slate-600">
            {workspaces.length
              ? 'Each workspace has its own channels, inbox, AI assistant and team.'
              : 'A workspace holds your channels, inbox, AI assistant and team. Waiting for an invite instead? Open the link in the invite email.'}
          </p>
          <div className="mt-6">
            <CreateWorkspaceForm action={createWorkspaceAction} />
          </div>
        </div>
        {workspaces.length ? (
          <p className="mt-6 text-center text-sm text-slate-600">
            <Link href="/inbox" className="font-semibold text-brand-700 hover:underline">Back to {workspaces[0]!.name}</Link>
          </p>
        ) : null}
      </div>
    </main>
  );
}
