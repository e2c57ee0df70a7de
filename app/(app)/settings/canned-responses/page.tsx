import type { Metadata } from 'next';
import { CannedResponseForm } from '@/components/canned-responses/canned-response-form';
import { CannedResponseItem } from '@/components/canned-responses/canned-response-item';
import { listCannedResponses } from '@/lib/inbox/canned-responses/list-canned-responses';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { createCannedResponseAction, deleteCannedResponseAction, updateCannedResponseAction } from './actions';

export const metadata: Metadata = { title: 'Canned responses' };

export default async function CannedResponsesPage() {
  const ctx = await requireWorkspacePage('inbox.use');
  const items = await listCannedResponses({ ctx });
  const canManage = ctx.can('canned-responses.manage');
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Canned responses</h1>
        <p className="mt-1 text-slate-600">Saved replies for {ctx.workspace.name}. In the composer, type <kbd className="rounded bg-slate-100 px-1 font-mono text-sm">/</kbd> and the shortcut to insert one.</p>
      </header>
      {canManage ? (
        <section aria-labelledby="new-canned-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="new-canned-title" className="font-semibold">New canned response</h2>
          <div className="mt-4"><CannedResponseForm action={createCannedResponseAction} idPrefix="new" submitLabel="Add response" /></div>
        </section>
      ) : (
        <p className="text-sm text-slate-600">Only admins can add or change canned responses.</p>
      )}
      <section aria-labelledby="canned-list-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="canned-list-title" className="border-b border-slate-200 px-4 py-3 font-semibold">Saved responses ({items.length})</h2>
        {items.length === 0 ? (
          <p className="p-4 text-sm text-slate-600">No canned responses yet.{canManage ? ' Add the answers your team types most often, like opening hours or shipping times.' : ''}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Canned responses">
            {items.map((item) => (
              <CannedResponseItem key={`${item.id}-${item.shortcut}-${item.body.length}`} item={item} canManage={canManage} updateAction={updateCannedResponseAction} deleteAction={deleteCannedResponseAction} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
