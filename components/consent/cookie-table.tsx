import type { RegistryEntry } from '@/lib/consent/tracker-registry';

/** One row per cookie, grouped under its tracker; scrolls sideways on narrow screens. */
export function CookieTable({ entries, caption }: { entries: RegistryEntry[]; caption: string }) {
  if (!entries.length) return <p className="mt-3 rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-600">None in use on this site.</p>;
  return (
    <div className="mt-3 overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-semibold">Name</th>
            <th scope="col" className="px-3 py-2 font-semibold">Tracker</th>
            <th scope="col" className="px-3 py-2 font-semibold">Purpose</th>
            <th scope="col" className="px-3 py-2 font-semibold">Duration</th>
            <th scope="col" className="px-3 py-2 font-semibold">Issuer</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200 text-slate-700">
          {entries.flatMap((entry) =>
            entry.cookies.map((cookie) => (
              <tr key={`${entry.key}-${cookie.name}`}>
                <th scope="row" className="px-3 py-2 align-top font-mono text-xs font-medium break-all text-slate-900">{cookie.name}</th>
                <td className="px-3 py-2 align-top">{entry.name}</td>
                <td className="min-w-64 px-3 py-2 align-top">{cookie.purpose}</td>
                <td className="min-w-32 px-3 py-2 align-top">{cookie.duration}</td>
                <td className="px-3 py-2 align-top">{entry.issuer}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  );
}
