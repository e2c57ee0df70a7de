// Shown while a report (or a new filter) is computed.
export default function ReportsLoading() {
  return (
    <div className="mx-auto max-w-6xl space-y-5" role="status" aria-live="polite">
      <span className="sr-only">Loading reports…</span>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-xl bg-white ring-1 ring-slate-200" />
      {[0, 1, 2].map((i) => <div key={i} className="h-72 animate-pulse rounded-xl bg-white ring-1 ring-slate-200" />)}
    </div>
  );
}
