/** Questions as native disclosures: keyboard and screen-reader friendly with no JavaScript. */
export function Faq({ id, title, items }: { id: string; title: string; items: readonly { q: string; a: string }[] }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mx-auto max-w-3xl scroll-mt-20 px-4 py-16 sm:px-6">
      <h2 id={`${id}-title`} className="text-2xl font-bold tracking-tight sm:text-3xl">{title}</h2>
      <div className="mt-8 divide-y divide-slate-200 border-y border-slate-200">
        {items.map((f) => (
          <details key={f.q} className="group py-4">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-4 rounded font-semibold [&::-webkit-details-marker]:hidden">
              {f.q}
              <svg viewBox="0 0 20 20" className="h-5 w-5 flex-none text-slate-500 transition-transform group-open:rotate-45" aria-hidden="true"><path d="M10 4v12M4 10h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" /></svg>
            </summary>
            <p className="mt-3 text-slate-600">{f.a}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
