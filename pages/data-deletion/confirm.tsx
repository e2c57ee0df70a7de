import type { PageConfig } from 'next';
import Link from 'next/link';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { isAppError } from '@/lib/errors';
import { readFormBody } from '@/lib/http/read-form-body';
import { requestMetaOf } from '@/lib/http/request-meta-of';
import { confirmDataDeletionByEmail } from '@/lib/privacy/confirm-data-deletion-by-email';
import { assertSameOriginOf } from '@/lib/security/same-origin';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

type Data = { token: string; error: string | null };

// The link in the confirmation email. GET only shows a button: mail scanners open links, and a
// scanner must not be able to confirm a deletion. The POST confirms and redirects to the status.
export const getServerSideProps = publicPageProps<Data>(async ({ req, res, query }, headers) => {
  const token = typeof query.token === 'string' ? query.token : '';
  if (req.method !== 'POST') return { props: { token, error: null } };
  let error: string;
  try {
    assertSameOriginOf(headers);
    const fields = await readFormBody(req);
    const confirmed = await confirmDataDeletionByEmail({ token: fields.token ?? '', ipAddress: requestMetaOf(headers).ipAddress });
    if (confirmed) return { redirect: { destination: `/data-deletion/status?code=${encodeURIComponent(confirmed.confirmationCode)}`, statusCode: 303 } };
    error = 'This link is no longer valid: the request was already confirmed, or it expired. Check the status with your confirmation code.';
  } catch (caught) {
    if (!isAppError(caught)) throw caught;
    error = caught.message;
  }
  res.statusCode = 400;
  return { props: { token, error } };
});

export default function ConfirmDataDeletionPage({ token, error, consent }: Data & PublicPageProps) {
  return (
    <PublicPage title="Confirm data deletion" noindex consent={consent}>
      <section className="mx-auto max-w-2xl px-4 py-16 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight">Confirm data deletion</h1>
        {error ? <p role="alert" className="mt-6 rounded-xl bg-red-50 p-4 text-red-900 ring-1 ring-red-200">{error}</p> : null}
        {token && !error ? (
          <form method="post" className="mt-6 space-y-4">
            <input type="hidden" name="token" value={token} />
            <p>Confirm that you want Relaydesk to delete the data it holds about your email address. This cannot be undone.</p>
            <button type="submit" className="rounded-lg bg-red-600 px-4 py-2.5 text-sm font-semibold text-white hover:bg-red-700">Delete my data</button>
          </form>
        ) : null}
        {!token && !error ? <p className="mt-6">Open the link from the confirmation email we sent you.</p> : null}
        <p className="mt-8 text-sm text-slate-600"><Link href="/data-deletion/status" className="font-medium text-brand-700 underline">Check a request&apos;s status</Link></p>
      </section>
    </PublicPage>
  );
}
