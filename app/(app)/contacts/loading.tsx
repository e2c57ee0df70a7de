/** Shown while the contacts list loads (search and filters are server round trips). */
export default function ContactsLoading() {
  return (
    <div className="mx-auto max-w-6xl space-y-5" aria-busy="true" aria-live="polite">
      <p className="sr-only">Loading contacts…</p>
      <div className="h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="h-20 animate-pulse rounded-xl bg-white ring-1 ring-slate-200" />
      <div className="space-y-px overflow-hidden rounded-xl ring-1 ring-slate-200">
        {Array.from({ length: 8 }, (_, i) => <div key={i} className="h-14 animate-pulse bg-white" />)}
      </div>
    </div>
  );
}
