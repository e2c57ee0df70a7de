// One report card: title, what it measures, CSV link, then chart and table side by side.
export function ReportSection(props: { id: string; title: string; description: string; csvHref: string; summary?: React.ReactNode; empty?: string | null; chart?: React.ReactNode; table: React.ReactNode }) {
  return (
    <section aria-labelledby={`${props.id}-title`} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5" data-section={props.id}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={`${props.id}-title`} className="text-base font-semibold text-slate-900">{props.title}</h2>
          <p className="mt-0.5 text-sm text-slate-600">{props.description}</p>
        </div>
        <a href={props.csvHref} download className="shrink-0 rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 ring-1 ring-slate-300 hover:bg-slate-50">
          Download CSV<span className="sr-only"> of {props.title}</span>
        </a>
      </div>
      {props.summary ? <div className="mt-3">{props.summary}</div> : null}
      {props.empty ? (
        <p className="mt-4 rounded-lg bg-slate-50 px-4 py-6 text-center text-sm text-slate-600">{props.empty}</p>
      ) : (
        <div className={`mt-4 grid gap-4 ${props.chart ? 'lg:grid-cols-2' : ''}`}>
          {props.chart ? <div className="min-w-0">{props.chart}</div> : null}
          <div className="min-w-0">{props.table}</div>
        </div>
      )}
    </section>
  );
}

export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="rounded-lg bg-slate-50 px-3 py-2">
      <p className="text-xs font-medium text-slate-600">{label}</p>
      <p className="text-lg font-semibold tabular-nums text-slate-900">{value}</p>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
    </div>
  );
}
