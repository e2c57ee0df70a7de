import { formatLegalVersion, legalDocuments, type LegalDocumentId } from '@/lib/legal/versions';

/** The frame every legal page shares: title, "Last updated" from the document's version, prose. */
export function LegalDocument({ id, intro, children, placeholderNotice }: { id: LegalDocumentId; intro?: React.ReactNode; children: React.ReactNode; placeholderNotice?: boolean }) {
  const doc = legalDocuments[id];
  return (
    <article className="mx-auto max-w-3xl px-4 py-12 sm:px-6 sm:py-16">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{doc.title}</h1>
      <p className="mt-2 text-sm text-slate-500">
        Last updated <time dateTime={doc.version}>{formatLegalVersion(id)}</time>
      </p>
      {placeholderNotice ? (
        <p role="note" className="mt-6 rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200">
          Development build: company details below are placeholders. Set the COMPANY_… variables (see .env.example) before going live.
        </p>
      ) : null}
      {intro ? <div className="mt-6 text-lg text-slate-700">{intro}</div> : null}
      <div className="legal-prose mt-8 space-y-4 text-slate-700 [&_a]:font-medium [&_a]:text-brand-700 [&_a]:underline [&_h2]:mt-10 [&_h2]:text-xl [&_h2]:font-semibold [&_h2]:text-slate-900 [&_h3]:mt-6 [&_h3]:font-semibold [&_h3]:text-slate-900 [&_li]:ml-5 [&_li]:list-disc [&_li]:pl-1 [&_ul]:space-y-1">
        {children}
      </div>
    </article>
  );
}

/** A responsive table for legal pages: scrolls sideways inside itself on phones, never the page. */
export function LegalTable({ caption, head, rows }: { caption: string; head: string[]; rows: React.ReactNode[][] }) {
  return (
    <div className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300">{head.map((h) => <th key={h} scope="col" className="py-2 pr-4 font-semibold text-slate-900">{h}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className="border-b border-slate-200 align-top">{cells.map((c, j) => <td key={j} className="py-2 pr-4">{c}</td>)}</tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
