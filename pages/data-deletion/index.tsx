import type { PageConfig } from 'next';
import Link from 'next/link';
import { LegalDocument } from '@/components/legal/legal-document';
import { DataDeletionForm } from '@/components/marketing/data-deletion-form';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { isAppError } from '@/lib/errors';
import { readFormBody } from '@/lib/http/read-form-body';
import { type CompanyInfo, getCompany } from '@/lib/legal/company';
import { legalDocuments } from '@/lib/legal/versions';
import { type DataDeletionFormResult, submitDataDeletionForm } from '@/lib/privacy/submit-data-deletion-form';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

type Data = { company: CompanyInfo; result: DataDeletionFormResult | null };

// GET shows the form; the form posts back here. Success redirects (303) to the status page with
// the confirmation code, so a reload cannot send the request twice (its own fragment, or the
// browser would carry the form's #request over); a failure re-renders the form with its
// errors and what was typed.
export const getServerSideProps = publicPageProps<Data>(async ({ req, res }, headers) => {
  const company = getCompany();
  if (req.method !== 'POST') return { props: { company, result: null } };
  let result: DataDeletionFormResult;
  try {
    result = await submitDataDeletionForm(await readFormBody(req), headers);
  } catch (error) {
    if (!isAppError(error)) throw error;
    result = { ok: false, error: error.message };
  }
  if (result.ok) return { redirect: { destination: `/data-deletion/status?code=${encodeURIComponent(result.data!.confirmationCode)}&received=1#received`, statusCode: 303 } };
  res.statusCode = result.fieldErrors ? 422 : 400;
  return { props: { company, result } };
});

export default function DataDeletionPage({ company, result, consent }: Data & PublicPageProps) {
  return (
    <PublicPage title="Data deletion" description="How to ask Relaydesk to delete the data it holds about you, and how to check the status of your request." consent={consent}>
      <LegalDocument
        id="dataDeletion"
        placeholderNotice={company.hasPlaceholders}
        intro={<p>If you messaged a business that uses Relaydesk on Instagram, Messenger or WhatsApp, you can ask us to delete the conversations, profile data and media we hold about you — across every business using Relaydesk.</p>}
      >
        <h2 id="how">How to ask</h2>
        <ul>
          <li><strong>With the form below:</strong> give your Instagram username, your WhatsApp number or your email address. You get a confirmation code at once. Then prove that it is you: send the one-time code we show you as a message, from that Instagram account or WhatsApp number, to a business you wrote to — or open the link we email to that address. <strong>Nothing is deleted before that</strong>, and a request that is not confirmed within 7 days expires.</li>
          <li><strong>From Facebook or Instagram:</strong> remove Relaydesk under Settings → Apps and websites and choose to delete your data; Meta sends us the request and shows you a link to its status.</li>
          <li><strong>By email:</strong> write to <a href={`mailto:${company.privacyEmail}`}>{company.privacyEmail}</a> with the handle or number you used. We check that it is you before deleting anything, and answer within 30 days.</li>
        </ul>
        <p>Once confirmed, we delete the matching contacts at every business using Relaydesk, with their conversations, messages, stored media and our raw copies of them, and tell each business that data was deleted (without naming you in the notice). Businesses may keep what the law requires them to keep (for example invoices) outside Relaydesk; ask them directly about their own records.</p>

        <h2 id="request">Request deletion</h2>
        <div className="not-prose rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
          <DataDeletionForm result={result} />
        </div>

        <h2 id="status">Check a request</h2>
        <p>Have a confirmation code? <Link href="/data-deletion/status">Check the status of your request</Link>.</p>
        <p>More about how we handle personal data is in our <Link href={legalDocuments.privacy.path}>Privacy Policy</Link>.</p>
      </LegalDocument>
    </PublicPage>
  );
}
