import type { Metadata } from 'next';
import { CreateLabelForm, LabelRow } from '@/components/labels/label-settings';
import { listLabelsWithUsage } from '@/lib/inbox/labels/list-labels-with-usage';
import { requireWorkspacePage } from '@/lib/workspaces/context';

export const metadata: Metadata = { title: 'Labels' };

const card = 'rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200';

export default async function LabelsSettingsPage() {
  const ctx = await requireWorkspacePage('settings.manage');
  const labels = await listLabelsWithUsage({ ctx });
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Labels</h1>
        <p className="mt-1 text-sm text-slate-600">Tag conversations so your team can find and filter them. Names are unique in {ctx.workspace.name}.</p>
      </div>
      <section className={card} aria-labelledby="new-label-title">
        <h2 id="new-label-title" className="mb-4 font-semibold">New label</h2>
        <CreateLabelForm />
      </section>
      <section className={card} aria-labelledby="labels-title">
        <h2 id="labels-title" className="font-semibold">Labels in this workspace</h2>
        {labels.length === 0 ? (
          <p className="mt-3 text-sm text-slate-600">No labels yet. Create one above, e.g. &ldquo;VIP&rdquo; or &ldquo;Refund&rdquo;.</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-200" aria-label="Labels">
            {labels.map((label) => <LabelRow key={label.id} label={label} />)}
          </ul>
        )}
      </section>
    </div>
  );
}
