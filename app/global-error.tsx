'use client';
// Last-resort boundary when even the root layout fails; it must render its own <html>.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 520, margin: '15vh auto', padding: 24 }}>
        <h1>Relaydesk is temporarily unavailable</h1>
        <p>We could not load this page. Please try again in a moment.</p>
        {error.digest ? <p style={{ color: '#64748b' }}>Reference: {error.digest}</p> : null}
        <button type="button" onClick={reset}>Try again</button>
      </body>
    </html>
  );
}
