import Link from 'next/link';

export function MissingTokenNotice({ retryHref, retryLabel }: { retryHref: string; retryLabel: string }) {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p role="alert">This link is incomplete. Open it again from the email, or copy the whole address into your browser.</p>
      <Link href={retryHref} className="font-semibold text-brand-700 hover:underline">{retryLabel}</Link>
    </div>
  );
}
