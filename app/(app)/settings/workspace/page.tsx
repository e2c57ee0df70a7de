import type { Metadata } from 'next';
import { AutoHandBackForm } from '@/components/workspaces/auto-hand-back-form';
import { RenameWorkspaceForm } from '@/components/workspaces/rename-workspace-form';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { getAutoHandBackMinutes } from '@/lib/workspaces/set-auto-hand-back';
import { CsatSettingsForm } from '@/components/workspaces/csat-settings-form';
import { getCsatEnabled } from '@/lib/csat/set-csat-enabled';
import { renameWorkspaceAction, setAutoHandBackAction, setCsatEnabledAction } from './actions';
import { autoHandBackChoices } from './workspace-settings.schema';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function WorkspaceSettingsPage() {
  const ctx = await requireWorkspacePage('workspace.rename');
  const autoHandBackMinutes = ctx.can('settings.manage') ? await getAutoHandBackMinutes({ ctx }) : null;
  const csatEnabled = ctx.can('settings.manage') ? await getCsatEnabled({ ctx }) : false;
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Workspace settings</h1>
        <p className="mt-1 text-slate-600">How {ctx.workspace.name} appears to your team.</p>
      </header>
      <section aria-labelledby="rename-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
        <h2 id="rename-title" className="font-semibold">Name</h2>
        <p className="mt-1 text-sm text-slate-600">
          Shown in the workspace switcher and in invite emails. The workspace address (<code className="text-xs">{ctx.workspace.slug}</code>) stays the same.
        </p>
        <div className="mt-4">
          <RenameWorkspaceForm action={renameWorkspaceAction} name={ctx.workspace.name} />
        </div>
      </section>
      {ctx.can('settings.manage') ? (
        <section aria-labelledby="hand-back-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="hand-back-title" className="font-semibold">Automatic hand-back</h2>
          <p className="mt-1 text-sm text-slate-600">
            When an operator takes a conversation over, the AI stops answering it. Choose whether it returns to the AI once nobody has replied or written a note for a while.
          </p>
          <div className="mt-4">
            <AutoHandBackForm action={setAutoHandBackAction} minutes={autoHandBackMinutes} choices={autoHandBackChoices} />
          </div>
        </section>
      ) : null}
      {ctx.can('settings.manage') ? (
        <section aria-labelledby="csat-title" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
          <h2 id="csat-title" className="font-semibold">Customer satisfaction (CSAT)</h2>
          <p className="mt-1 text-sm text-slate-600">
            When a conversation is closed, ask the customer to rate it from 1 to 5 — as tappable quick replies on Instagram and Messenger, as a list on WhatsApp. It is
            sent only while Meta&apos;s 24-hour window is open, once per conversation, never on comment threads. Scores appear under Reports.
          </p>
          <div className="mt-4">
            <CsatSettingsForm action={setCsatEnabledAction} enabled={csatEnabled} />
          </div>
        </section>
      ) : null}
    </div>
  );
}
