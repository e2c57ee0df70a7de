import type { Metadata } from 'next';
import { ConfirmActionForm } from '@/components/privacy/confirm-action-form';
import { HistoryRetentionForm } from '@/components/privacy/history-retention-form';
import { WorkspaceExportPanel } from '@/components/privacy/workspace-export-panel';
import { AutoHandBackForm } from '@/components/workspaces/auto-hand-back-form';
import { RenameWorkspaceForm } from '@/components/workspaces/rename-workspace-form';
import { listWorkspaceExports } from '@/lib/exports/list-workspace-exports';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { getHistoryRetention } from '@/lib/workspaces/history-retention';
import { getAutoHandBackMinutes } from '@/lib/workspaces/set-auto-hand-back';
import { closeWorkspaceAction, renameWorkspaceAction, requestWorkspaceExportAction, setAutoHandBackAction, setHistoryRetentionAction } from './actions';
import { autoHandBackChoices } from './workspace-settings.schema';

export const metadata: Metadata = { title: 'Workspace settings' };

const card = 'rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6';
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const sizeLabel = (bytes: number | null) => (bytes === null ? null : bytes < 1_048_576 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1_048_576).toFixed(1)} MB`);

export default async function WorkspaceSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireWorkspacePage('workspace.rename');
  const autoHandBackMinutes = ctx.can('settings.manage') ? await getAutoHandBackMinutes({ ctx }) : null;
  const history = ctx.can('settings.manage') ? await getHistoryRetention({ ctx }) : null;
  const exports = ctx.can('workspace.export') ? await listWorkspaceExports({ ctx }) : [];
  const restored = (await searchParams).restored === '1';
  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Workspace settings</h1>
        <p className="mt-1 text-slate-600">How {ctx.workspace.name} appears to your team.</p>
        {restored ? <p role="status" className="mt-3 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900 ring-1 ring-emerald-200">Workspace restored. Reconnect its channels on the Channels page.</p> : null}
      </header>
      <section aria-labelledby="rename-title" className={card}>
        <h2 id="rename-title" className="font-semibold">Name</h2>
        <p className="mt-1 text-sm text-slate-600">
          Shown in the workspace switcher and in invite emails. The workspace address (<code className="text-xs">{ctx.workspace.slug}</code>) stays the same.
        </p>
        <div className="mt-4">
          <RenameWorkspaceForm action={renameWorkspaceAction} name={ctx.workspace.name} />
        </div>
      </section>
      {ctx.can('settings.manage') ? (
        <section aria-labelledby="hand-back-title" className={card}>
          <h2 id="hand-back-title" className="font-semibold">Automatic hand-back</h2>
          <p className="mt-1 text-sm text-slate-600">
            When an operator takes a conversation over, the AI stops answering it. Choose whether it returns to the AI once nobody has replied or written a note for a while.
          </p>
          <div className="mt-4">
            <AutoHandBackForm action={setAutoHandBackAction} minutes={autoHandBackMinutes} choices={autoHandBackChoices} />
          </div>
        </section>
      ) : null}
      {history ? (
        <section aria-labelledby="history-title" className={card}>
          <h2 id="history-title" className="font-semibold">Conversation history</h2>
          <p className="mt-1 text-sm text-slate-600">
            How long conversations, their messages and media are kept, counted from the last message. If you choose a period, older ones are <strong>deleted for good</strong> every night; by default nothing is deleted.
          </p>
          <p className="mt-2 text-sm text-slate-600">
            Separately, your plan ({history.planName}) <strong>shows</strong> {history.planHistoryDays === null ? 'all history' : `the last ${history.planHistoryDays} days`} in the inbox: older conversations you keep are hidden, not deleted, and come back when you upgrade.
          </p>
          <div className="mt-4">
            <HistoryRetentionForm action={setHistoryRetentionAction} setting={history.setting} />
          </div>
        </section>
      ) : null}
      {ctx.can('workspace.export') ? (
        <section aria-labelledby="export-title" className={card}>
          <h2 id="export-title" className="font-semibold">Export</h2>
          <p className="mt-1 text-sm text-slate-600">A zip with every conversation (with notes and labels), contacts, labels, canned responses, agent settings, knowledge files and the audit log. Ready in a few minutes; downloadable by owners for 7 days.</p>
          <div className="mt-4">
            <WorkspaceExportPanel
              action={requestWorkspaceExportAction}
              exports={exports.map((e) => ({ id: e.id, status: e.status, progress: e.progress, sizeLabel: sizeLabel(e.sizeBytes), expiresLabel: e.expiresAt ? dateFormat.format(e.expiresAt) : null, createdLabel: dateFormat.format(e.createdAt), error: e.error }))}
            />
          </div>
        </section>
      ) : null}
      {ctx.can('workspace.close') ? (
        <section aria-labelledby="close-title" className={`${card} ring-red-200`}>
          <h2 id="close-title" className="font-semibold text-red-800">Close workspace</h2>
          <p className="mt-1 text-sm text-slate-600">Everyone loses access at once, channels are disconnected and the subscription is cancelled. You can restore the workspace for 30 days; after that everything in it is erased for good.</p>
          <div className="mt-4">
            <ConfirmActionForm
              action={closeWorkspaceAction}
              fields={{}}
              openLabel="Close workspace…"
              title={`Close ${ctx.workspace.name}?`}
              description="Every member is emailed. Download an export first if you want to keep a copy."
              confirmLabel="Close workspace"
              pendingLabel="Closing…"
              typeToConfirm={{ label: `Type ${ctx.workspace.name} to confirm`, value: ctx.workspace.name, name: 'confirmName' }}
              testId="close-workspace"
            />
          </div>
        </section>
      ) : null}
    </div>
  );
}
