/** An honest placeholder for dashboard sections whose feature has not shipped yet. */
export function ComingSection({ title, body, items }: { title: string; body: string; items: string[] }) {
  return (
    <section className="max-w-3xl">
      <h1 className="text-2xl font-bold">{title}</h1>
      <div className="mt-6 rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <p className="inline-block rounded-full bg-amber-50 px-2.5 py-1 text-xs font-semibold text-amber-800 ring-1 ring-amber-200">Not available yet</p>
        <p className="mt-3 text-slate-700">{body}</p>
        <ul className="mt-4 list-disc space-y-1 pl-5 text-sm text-slate-600">
          {items.map((item) => <li key={item}>{item}</li>)}
        </ul>
      </div>
    </section>
  );
}
