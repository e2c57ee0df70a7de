'use client';
// Shown when a page fails to render, most often because the database is unreachable.
import { useEffect } from 'react';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="mx-auto flex min-h-dvh max-w-lg flex-col justify-center px-6 py-16">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-600">
        Relaydesk could not load this page. This is usually temporary — for example while the database restarts. Your data is safe.
      </p>
      {error.digest ? <p className="mt-3 text-sm text-slate-500">Reference: <code>{error.digest}</code></p> : null}
      <div className="mt-6">
        <button type="button" onClick={reset} className="rounded-lg bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-700">
          Try again
        </button>
      </div>
    </main>
  );
}
