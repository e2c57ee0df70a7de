import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { SelectMessengerPageForm } from '@/components/channels/select-messenger-page-form';
import { isAppError } from '@/lib/errors';
import { openPendingPages, PENDING_PAGES_COOKIE } from '@/lib/meta/oauth/pending-pages-cookie';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { selectMessengerPageAction } from '../../actions';

export const metadata: Metadata = { title: 'Choose a Facebook Page' };

export default async function ChooseMessengerPage() {
  const ctx = await requireWorkspacePage('channels.manage');
  let pages: { id: string; name: string }[] = [];
  let problem: string | null = null;
  try {
    const pending = openPendingPages({ sealed: (await cookies()).get(PENDING_PAGES_COOKIE)?.value, workspaceId: ctx.workspace.id, userId: ctx.user.id });
    pages = pending.pages.map(({ id, name }) => ({ id, name })); // never the Page tokens
  } catch (error) {
    if (!isAppError(error)) throw error;
    problem = error.message;
  }
  return (
    <section className="max-w-xl">
      <h1 className="text-2xl font-bold">Choose a Facebook Page</h1>
      {problem ? (
        <div className="mt-6 space-y-4">
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800 ring-1 ring-red-200">{problem}</p>
          <Link href="/channels" className="text-sm font-semibold text-brand-700 underline">Back to Channels</Link>
        </div>
      ) : (
        <>
          <p className="mt-1 text-slate-600">Facebook shared several Pages. Pick the one whose Messenger conversations this workspace should receive.</p>
          <SelectMessengerPageForm action={selectMessengerPageAction} pages={pages} />
        </>
      )}
    </section>
  );
}
