'use client';
import { useCallback, useEffect, useState } from 'react';

type Outbound = { id: string; channel: string; accountId: string; recipient: string; kind: string; payload: unknown; response: unknown; at: string };
type CapturedRequest = { id: string; method: string; path: string; status: number; at: string };
type CapiEvent = { id: string; pixelId: string; event: { event_name: string; event_id?: string; event_time?: number; action_source?: string; user_data?: Record<string, unknown> }; at: string };
type Feed = { outbound: Outbound[]; requests: CapturedRequest[]; capiEvents?: CapiEvent[] };

const POLL_MS = 3_000;

/** What the app sent to the simulated Graph API, newest first; polls every 3 s. */
export function OutboundFeed() {
  const [feed, setFeed] = useState<Feed | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const response = await fetch('/api/dev/meta/console', { cache: 'no-store' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      setFeed((await response.json()) as Feed);
      setError(null);
    } catch (e) {
      setError(`Could not load: ${(e as Error).message}`);
    }
  }, []);

  useEffect(() => {
    const first = setTimeout(() => void refresh(), 0);
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [refresh]);

  return (
    <section aria-labelledby="feed-heading" className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-6">
      <div className="flex items-center justify-between gap-3">
        <h2 id="feed-heading" className="text-lg font-semibold">What the app sent back</h2>
        <button type="button" onClick={() => void refresh()} className="rounded-lg px-3 py-1.5 text-sm font-semibold text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50">Refresh</button>
      </div>
      <p className="mt-1 text-xs text-slate-500">Refreshes every 3 seconds.</p>
      {error && <p role="alert" className="mt-3 text-sm text-red-700">{error}</p>}
      {!feed ? (
        <p className="mt-6 text-sm text-slate-500">Loading…</p>
      ) : feed.outbound.length === 0 ? (
        <p className="mt-6 rounded-xl border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600">Nothing sent yet — replies from the app appear here.</p>
      ) : (
        <ol className="mt-4 space-y-3" aria-label="Sends, newest first">
          {feed.outbound.map((item) => (
            <li key={item.id} className="rounded-xl border border-slate-200 p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-xs text-slate-500">
                <span><span className="font-semibold uppercase text-slate-700">{item.channel}</span> · {item.kind} → {item.recipient}</span>
                <time dateTime={item.at}>{new Date(item.at).toLocaleTimeString()}</time>
              </div>
              <p className="mt-1 whitespace-pre-wrap break-words text-sm text-slate-900">{previewOf(item.payload)}</p>
              <details className="mt-1">
                <summary className="cursor-pointer text-xs text-brand-700">Request and response</summary>
                <pre className="mt-1 max-h-60 overflow-auto rounded-lg bg-slate-900 p-2 text-xs text-slate-100">{JSON.stringify({ request: item.payload, response: item.response }, null, 2)}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
      {feed?.capiEvents && feed.capiEvents.length > 0 && (
        <div className="mt-6">
          <h3 className="text-sm font-semibold text-slate-700">Conversions API events ({feed.capiEvents.length})</h3>
          <ol className="mt-2 space-y-2" aria-label="Conversions API events, newest first">
            {feed.capiEvents.map((c) => (
              <li key={c.id} className="rounded-xl border border-slate-200 p-3 text-xs">
                <div className="flex flex-wrap items-baseline justify-between gap-2 text-slate-500">
                  <span><span className="font-semibold text-slate-700">{c.event.event_name}</span> · pixel {c.pixelId} · {c.event.action_source}</span>
                  <time dateTime={c.at}>{new Date(c.at).toLocaleTimeString()}</time>
                </div>
                <p className="mt-1 break-all font-mono text-slate-700">event_id {c.event.event_id ?? '—'} · hashed: {Object.keys(c.event.user_data ?? {}).filter((k) => k !== 'client_user_agent').join(', ') || 'none'}</p>
                <details className="mt-1">
                  <summary className="cursor-pointer text-brand-700">Event JSON</summary>
                  <pre className="mt-1 max-h-60 overflow-auto rounded-lg bg-slate-900 p-2 text-slate-100">{JSON.stringify(c.event, null, 2)}</pre>
                </details>
              </li>
            ))}
          </ol>
        </div>
      )}
      {feed && feed.requests.length > 0 && (
        <details className="mt-6">
          <summary className="cursor-pointer text-sm font-semibold text-slate-700">All Graph calls ({feed.requests.length})</summary>
          <ul className="mt-2 divide-y divide-slate-100 text-xs">
            {feed.requests.map((r) => (
              <li key={r.id} className="flex gap-3 py-1.5 font-mono">
                <span className={r.status < 300 ? 'text-emerald-700' : 'text-red-700'}>{r.status}</span>
                <span className="w-14 shrink-0">{r.method}</span>
                <span className="min-w-0 flex-1 truncate">{r.path}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function previewOf(payload: unknown): string {
  const p = payload as { message?: { text?: string; attachment?: { type?: string } }; text?: { body?: string }; type?: string; template?: { name?: string }; message_text?: string } & Record<string, unknown>;
  if (typeof p?.message === 'string') return p.message;
  if (p?.message?.text) return p.message.text;
  if (p?.message?.attachment) return `[${p.message.attachment.type ?? 'attachment'}]`;
  if (p?.text?.body) return p.text.body;
  if (p?.type === 'template') return `[template ${p.template?.name ?? ''}]`;
  if (p?.type) return `[${p.type}]`;
  return JSON.stringify(payload).slice(0, 200);
}
