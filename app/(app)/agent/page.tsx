import type { Metadata } from 'next';
import Link from 'next/link';
import { AgentSettingsForm } from '@/components/agent/agent-settings-form';
import { RestoreVersionButton } from '@/components/agent/restore-version-button';
import { getAgentSettings, listAgentSettingsVersions } from '@/lib/agent/agent-settings';
import { changedSections, toFormState } from '@/lib/agent/agent-settings-form-state';
import { describeBusinessHours } from '@/lib/agent/describe-business-hours';
import { settingsDraftKey } from '@/lib/agent/playground/settings-draft';
import { listChannels } from '@/lib/channels/list-channels';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { rollbackAgentSettingsAction, saveAgentSettingsAction } from './actions';

export const metadata: Metadata = { title: 'AI assistant' };

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

function timeZoneList(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  zones.add(current);
  return [...zones].sort();
}

export default async function AgentPage({ searchParams }: PageProps<'/agent'>) {
  const ctx = await requireWorkspacePage('agent.configure');
  const raw = (await searchParams).before;
  const before = Number(Array.isArray(raw) ? raw[0] : raw);
  const cursor = Number.isInteger(before) && before > 0 ? before : null;
  const [current, history, channels] = await Promise.all([getAgentSettings({ ctx }), listAgentSettingsVersions({ ctx, cursor }), listChannels({ ctx })]);
  const hours = describeBusinessHours(current.settings.businessHours, new Date());
  const outside = { reply_normally: 'the assistant replies as usual', reply_with_notice: 'replies end with your away notice', draft_only: 'replies wait as drafts for your team' }[current.settings.outOfHours.mode];

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">AI assistant</h1>
        <p className="mt-1 text-slate-600">
          How the agent answers {ctx.workspace.name}’s customers. Every save is a new version you can restore below.
        </p>
      </header>

      {/* Every reply outside these hours changes (away notice or draft only): the hours must be seen, not found. */}
      <section aria-labelledby="hours-summary-title" className="flex flex-col gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:flex-row sm:items-center sm:justify-between sm:p-5">
        <div className="min-w-0">
          <h2 id="hours-summary-title" className="flex flex-wrap items-center gap-2 font-semibold">
            Business hours
            <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${hours.openNow ? 'bg-emerald-50 text-emerald-800 ring-emerald-200' : 'bg-amber-50 text-amber-900 ring-amber-200'}`}>{hours.openNow ? 'Open now' : 'Closed now'}</span>
          </h2>
          <p className="mt-1 text-sm font-medium text-slate-900" data-testid="business-hours-summary">{hours.schedule}</p>
          <p className="mt-0.5 text-sm text-slate-600">
            Time zone <strong className="font-semibold text-slate-800">{hours.timeZone}</strong>{current.version === 0 ? ' (from your browser when the workspace was created)' : ''}. Outside these hours, {outside}.
          </p>
        </div>
        <a href="#business-hours" className="shrink-0 self-start rounded-lg bg-white px-3 py-2 text-sm font-semibold text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-brand-600 sm:self-center">Change hours</a>
      </section>

      <AgentSettingsForm
        action={saveAgentSettingsAction}
        initial={toFormState(current.settings)}
        version={current.version}
        timeZones={timeZoneList(current.settings.businessHours.timeZone)}
        now={new Date().toISOString()}
        channels={channels.map((c) => ({ id: c.id, name: c.name, type: c.type, connected: !c.disconnectedAt }))}
        draftKey={settingsDraftKey(ctx.workspace.id)}
      />

      <section aria-labelledby="history-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="history-title" className="px-5 pt-5 font-semibold sm:px-6">History</h2>
        <p className="px-5 text-sm text-slate-600 sm:px-6">Who changed what, and when (times in UTC). Restoring saves a copy of that version as the newest one.</p>
        {history.versions.length === 0 ? (
          <p className="px-5 py-6 text-sm text-slate-600 sm:px-6">{cursor ? 'No older versions.' : 'No versions yet: the agent uses the defaults until you save.'}</p>
        ) : (
          <ol className="mt-3 divide-y divide-slate-200">
            {history.versions.map((entry) => {
              const sections = changedSections(entry.changedFields);
              return (
                <li key={entry.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
                  <div className="min-w-0">
                    <p className="font-medium">
                      Version {entry.version}
                      {entry.version === current.version ? <span className="ml-2 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800 ring-1 ring-emerald-200">Current</span> : null}
                    </p>
                    <p className="text-sm text-slate-600">
                      {entry.createdBy?.name ?? 'Unknown'} · <time dateTime={entry.createdAt.toISOString()}>{dateTimeFormat.format(entry.createdAt)}</time>
                    </p>
                    {entry.note ? <p className="mt-1 text-sm text-slate-800">“{entry.note}”</p> : null}
                    <p className="mt-1 text-xs text-slate-500" title={entry.changedFields.join(', ') || undefined}>
                      {sections.length ? `Changed: ${sections.join(', ')}` : 'No changes'}
                    </p>
                  </div>
                  {entry.version !== current.version ? <RestoreVersionButton action={rollbackAgentSettingsAction} version={entry.version} currentVersion={current.version} /> : null}
                </li>
              );
            })}
          </ol>
        )}
        <div className="flex gap-4 px-5 pb-5 text-sm sm:px-6">
          {cursor ? <Link href="/agent#history-title" className="font-medium text-brand-700 hover:underline">Newest versions</Link> : null}
          {history.nextCursor ? <Link href={`/agent?before=${history.nextCursor}#history-title`} className="font-medium text-brand-700 hover:underline">Older versions</Link> : null}
        </div>
      </section>
    </div>
  );
}
