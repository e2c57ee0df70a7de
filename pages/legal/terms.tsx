import type { PageConfig } from 'next';
import Link from 'next/link';
import { LegalDocument } from '@/components/legal/legal-document';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { type CompanyInfo, getCompany } from '@/lib/legal/company';
import { legalDocuments } from '@/lib/legal/versions';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

export const getServerSideProps = publicPageProps<{ company: CompanyInfo }>(() => ({ props: { company: getCompany() } }));

export default function TermsPage({ company, consent }: PublicPageProps & { company: CompanyInfo }) {
  return (
    <PublicPage title="Terms of Service" description="The terms for using Relaydesk." consent={consent}>
      <LegalDocument
        id="terms"
        placeholderNotice={company.hasPlaceholders}
        intro={<p>These terms are the agreement between {company.legalName} (“we”) and the business that creates a Relaydesk workspace (“you”). By creating an account you accept them.</p>}
      >
        <h2 id="service">1. The service</h2>
        <p>Relaydesk lets your team receive and answer Instagram, Messenger and WhatsApp conversations in one inbox, optionally with an AI assistant that drafts or sends replies. Features and limits depend on your plan, described on the <Link href="/pricing">pricing page</Link>.</p>

        <h2 id="accounts">2. Accounts</h2>
        <ul>
          <li>You must be at least 16 years old and able to act for the business you sign up for.</li>
          <li>Keep your password secret; you are responsible for what happens under your workspace, including the members you invite.</li>
          <li>Tell us at once at <a href={`mailto:${company.contactEmail}`}>{company.contactEmail}</a> if you suspect unauthorised access.</li>
        </ul>

        <h2 id="meta">3. Meta platforms</h2>
        <p>Connecting Instagram, Messenger or WhatsApp requires accounts you are allowed to use, and you must follow Meta’s terms and policies, including the messaging windows and template rules. Meta may change or limit its platforms; we are not responsible for Meta’s availability or decisions about your accounts.</p>

        <h2 id="ai">4. The AI assistant</h2>
        <p>AI replies can be wrong. You choose whether replies wait for approval or are sent automatically, and you remain responsible for what is sent in your name. Do not instruct the agent to mislead, harass or make promises you would not keep.</p>

        <h2 id="acceptable-use">5. Acceptable use</h2>
        <ul>
          <li>No spam, unsolicited bulk messages, or messages to people who have not contacted you or agreed to be contacted.</li>
          <li>No unlawful, deceptive or harmful content, and nothing that infringes others’ rights.</li>
          <li>No attempts to break, overload or reverse-engineer the service or reach other customers’ data.</li>
        </ul>
        <p>We may suspend a workspace that breaks these rules, after notice where we reasonably can.</p>

        <h2 id="data">6. Your data</h2>
        <p>Your conversations and content remain yours. We process them only to provide the service, as your processor, under the data processing terms that form part of this agreement and as described in our <Link href={legalDocuments.privacy.path}>Privacy Policy</Link>. We never use them to train AI models. You can export or delete your data, and it is deleted after your workspace is closed.</p>

        <h2 id="billing">7. Trial, plans and payment</h2>
        <p>The free trial lasts 14 days. Paid plans are billed in advance, monthly or yearly, in euros plus VAT where applicable. You can cancel at any time; cancellation takes effect at the end of the period paid for, and fees already paid are not refunded except where the law requires. We may change prices with at least 30 days’ notice before your next renewal.</p>

        <h2 id="availability">8. Availability and changes</h2>
        <p>We work to keep Relaydesk available and secure but do not promise uninterrupted service. We may improve or change features; we will not remove a core feature of your paid plan during a period you have paid for.</p>

        <h2 id="liability">9. Liability</h2>
        <p>Nothing limits liability for intent, gross negligence, injury to life, body or health, or where the law does not allow it. Otherwise, each party’s liability is limited to foreseeable, typical damage and, in total per year, to the fees you paid in the twelve months before the claim.</p>

        <h2 id="termination">10. Ending the agreement</h2>
        <p>You may close your workspace at any time. We may end the agreement with 30 days’ notice, or at once for a serious breach of these terms.</p>

        <h2 id="law">11. Governing law</h2>
        <p>These terms are governed by {company.governingLaw}. If you are a consumer, the mandatory protections of the country where you live still apply.</p>

        <h2 id="contact">12. Contact</h2>
        <p>{company.legalName}, {company.address}. Registration number {company.registrationNumber}{company.vatId ? <>, VAT {company.vatId}</> : null}. Email <a href={`mailto:${company.contactEmail}`}>{company.contactEmail}</a>.</p>
      </LegalDocument>
    </PublicPage>
  );
}
