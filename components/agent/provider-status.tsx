// What the agent uses right now (provider, model, whose key) and the last connection test.
import type { KeySource } from '@/lib/agent/providers/resolve-agent-provider';

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const keySourceText: Record<KeySource, string> = {
  workspace: "Your workspace's own key",
  platform: 'The platform key (set by the Relaydesk operator)',
  none: 'No key: the built-in offline responder answers',
};

export function ProviderStatus({ label, keySource, lastTest }: {
  label: string;
  keySource: KeySource;
  lastTest: { at: Date; ok: boolean; message: string } | null;
}) {
  return (
    <dl className="grid gap-4 text-sm sm:grid-cols-3">
      <div className="min-w-0">
        <dt className="font-medium text-slate-500">In use</dt>
        <dd className="mt-1 break-words text-slate-900">{label}</dd>
      </div>
      <div className="min-w-0">
        <dt className="font-medium text-slate-500">Key</dt>
        <dd className="mt-1 text-slate-900">{keySourceText[keySource]}</dd>
      </div>
      <div className="min-w-0">
        <dt className="font-medium text-slate-500">Last test</dt>
        <dd className="mt-1">
          {lastTest ? (
            <>
              <span className={lastTest.ok ? 'font-semibold text-emerald-700' : 'font-semibold text-red-700'}>{lastTest.ok ? 'Passed' : 'Failed'}</span>{' '}
              <span className="text-slate-600">· <time dateTime={lastTest.at.toISOString()}>{dateTimeFormat.format(lastTest.at)} UTC</time></span>
              <span className="mt-1 block break-words text-slate-700">{lastTest.message}</span>
            </>
          ) : (
            <span className="text-slate-600">Not tested since the last change.</span>
          )}
        </dd>
      </div>
    </dl>
  );
}
