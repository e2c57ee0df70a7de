import type { PageConfig } from 'next';
import Link from 'next/link';
import { LegalDocument, LegalTable } from '@/components/legal/legal-document';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { type CompanyInfo, getCompany } from '@/lib/legal/company';
import { listMetaPermissions } from '@/lib/legal/meta-permissions';
import { listPrivacyRights } from '@/lib/legal/privacy-rights';
import { TRACKER_COOKIE_MAX_MONTHS } from '@/lib/consent/tracker-cookie-lifetime';
import { listRetentionPeriods } from '@/lib/legal/retention-periods';
import { listSubProcessors } from '@/lib/legal/sub-processors';
import { legalDocuments } from '@/lib/legal/versions';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

type Data = {
  company: CompanyInfo;
  subProcessors: ReturnType<typeof listSubProcessors>;
  permissions: ReturnType<typeof listMetaPermissions>;
  retention: ReturnType<typeof listRetentionPeriods>;
  rights: ReturnType<typeof listPrivacyRights>;
};

// Company, integrations and retention come from this deployment's configuration.
export const getServerSideProps = publicPageProps<Data>(() => {
  const company = getCompany();
  return { props: { company, subProcessors: listSubProcessors(company), permissions: listMetaPermissions(), retention: listRetentionPeriods(), rights: listPrivacyRights() } };
});

export default function PrivacyPolicyPage({ company, subProcessors, permissions, retention, rights, consent }: Data & PublicPageProps) {
  return (
    <PublicPage title="Privacy Policy" description="How Relaydesk collects, uses and protects personal data of account holders, their customers and visitors." consent={consent}>
      <LegalDocument
        id="privacy"
        placeholderNotice={company.hasPlaceholders}
        intro={<p>This policy explains what personal data Relaydesk handles, why, for how long, who helps us, and the rights you have. It covers three groups of people: our customers’ account holders, the people who message those customers on Instagram, Messenger or WhatsApp, and visitors to this website.</p>}
      >
        <h2 id="controller">Who we are</h2>
        <p>
          Relaydesk is operated by <strong>{company.legalName}</strong>, {company.address}, registration number {company.registrationNumber}
          {company.vatId ? <>, VAT {company.vatId}</> : null}. Contact us at <a href={`mailto:${company.contactEmail}`}>{company.contactEmail}</a>; for privacy questions and
          requests write to <a href={`mailto:${company.privacyEmail}`}>{company.privacyEmail}</a>.
          {company.dpoContact ? <> Our data protection officer: {company.dpoContact}.</> : null}
        </p>
        <p>
          For account and website data we are the <strong>controller</strong>. For the conversations a business handles in Relaydesk we are that business’s
          <strong> processor</strong>: the business decides why and how its customers’ messages are processed, and we act on its instructions under a data processing agreement.
        </p>

        <h2 id="account-holders">Account holders (our customers and their team)</h2>
        <ul>
          <li><strong>What:</strong> name, email address, password (stored only as a salted hash), workspace and role, sign-in sessions (time, browser, IP address), audit log of actions taken, billing details when a paid plan is chosen.</li>
          <li><strong>Why and on what legal basis:</strong> to provide the service you signed up for (contract, Art. 6(1)(b) GDPR); to keep accounts secure and prevent abuse, e.g. rate limits and audit logs (legitimate interests, Art. 6(1)(f)); to keep invoices as tax law requires (legal obligation, Art. 6(1)(c)).</li>
        </ul>

        <h2 id="end-users">People who message a business through Relaydesk</h2>
        <p>When you write to a business that uses Relaydesk on Instagram, Messenger or WhatsApp, Meta delivers your message to us on that business’s behalf.</p>
        <ul>
          <li><strong>What:</strong> your messages, comments and the media you send; your public profile data Meta provides (name, username, profile picture) or your WhatsApp number and profile name; delivery and read status; notes and labels the business adds.</li>
          <li><strong>Why:</strong> so the business can read and answer you, alone or with AI-drafted replies. The business is the controller and its privacy notice applies; it relies on its own legal basis (usually contract or legitimate interests).</li>
        </ul>

        <h2 id="visitors">Visitors to this website</h2>
        <ul>
          <li><strong>What:</strong> technically necessary data (IP address in server logs, security cookies), your cookie choice and — only if you agree — analytics and advertising cookies.</li>
          <li><strong>Why:</strong> to deliver the site securely (legitimate interests) and, with your consent (Art. 6(1)(a)), to measure and improve our marketing. Details and every cookie are listed in our <Link href={legalDocuments.cookies.path}>Cookie Policy</Link>; no analytics or advertising cookie lasts more than {TRACKER_COOKIE_MAX_MONTHS} months, and you can change your choice at any time with “Manage cookies” in the footer.</li>
          <li>When you book a call, the booking provider passes us your name, email and phone number so we can meet you; with your advertising consent we report the booking to Meta in hashed form to measure our ads.</li>
        </ul>

        <h2 id="meta-data">Instagram, Messenger and WhatsApp data</h2>
        <p>When a business connects an account, Relaydesk asks Meta for the following permissions, and uses each only for the purpose given:</p>
        <LegalTable
          caption="Meta permissions Relaydesk requests"
          head={['Channel', 'Permission', 'Why we need it']}
          rows={permissions.map((p) => [p.channel, <code key="s" className="text-xs">{p.scope}</code>, p.purpose ?? ''])}
        />
        <p>Access tokens are encrypted at rest and never shown in the browser. We do not sell Meta platform data, use it for advertising, or share it beyond the sub-processors below. When a business disconnects an account, or the person who connected it removes Relaydesk in their Facebook or Instagram settings, we stop receiving data and delete it as described under retention.</p>

        <h2 id="ai">AI processing</h2>
        <p>
          If a business turns on the AI assistant, the relevant part of a conversation and the business’s instructions, products and documents are sent to the AI provider the business
          chose, only to produce a suggested or automatic reply. Our providers process this data under agreements that <strong>forbid training their models on it</strong>, and we
          do not train any model on your conversations. The business decides whether replies wait for human approval or are sent automatically; a person can take over at any time.
        </p>

        <h2 id="sub-processors">Sub-processors</h2>
        <p>These companies process personal data for us in this deployment:</p>
        <LegalTable
          caption="Sub-processors"
          head={['Company', 'Purpose', 'Data', 'Location']}
          rows={subProcessors.map((s) => [s.name, s.purpose, s.data, s.location])}
        />
        <p>Transfers outside the EEA rely on the European Commission’s Standard Contractual Clauses or an adequacy decision.</p>

        <h2 id="retention">How long we keep data</h2>
        <LegalTable caption="Retention periods" head={['Data', 'Kept for']} rows={retention.map((r) => [r.data, r.period])} />
        <p>Every period above is enforced by a nightly job. Invoices are kept as long as tax law requires. Backups roll over and expire on their own schedule.</p>

        <h2 id="rights">Your rights</h2>
        <p>
          Write to <a href={`mailto:${company.privacyEmail}`}>{company.privacyEmail}</a> for any of these. If you messaged a business through Relaydesk, ask that business
          first, or use our <Link href={legalDocuments.dataDeletion.path}>data deletion page</Link>.
        </p>
        <LegalTable caption="Your rights and how to use them" head={['Right', 'How']} rows={rights.map((r) => [r.right, r.how])} />

        <h2 id="security">Security</h2>
        <p>Data is hosted in {company.hostingRegion}. Connections are encrypted (TLS), channel tokens are encrypted at rest, access inside a workspace follows roles, and each workspace’s data is kept apart from every other.</p>

        <h2 id="minors">Children</h2>
        <p>Relaydesk is a business tool. You must be at least 16 years old to create an account, and we do not knowingly collect data of children through it.</p>

        <h2 id="changes">Changes</h2>
        <p>We update this policy when what we do changes; the date above shows the current version. Material changes are announced to account holders by email.</p>
      </LegalDocument>
    </PublicPage>
  );
}
