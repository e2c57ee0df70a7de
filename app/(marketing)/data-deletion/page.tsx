import type { Metadata } from 'next';
import Link from 'next/link';
import { LegalDocument } from '@/components/legal/legal-document';
import { DataDeletionForm } from '@/components/marketing/data-deletion-form';
import { getCompany } from '@/lib/legal/company';
import { legalDocuments } from '@/lib/legal/versions';

export const metadata: Metadata = { title: 'Data deletion', description: 'How to ask Relaydesk to delete the data it holds about you, and how to check the status of your request.' };

export default function DataDeletionPage() {
  const company = getCompany();
  return (
    <LegalDocument
      id="dataDeletion"
      placeholderNotice={company.hasPlaceholders}
      intro={<p>If you messaged a business that uses Relaydesk on Instagram, Messenger or WhatsApp, you can ask us to delete the conversations, profile data and media we hold about you — across every business using Relaydesk.</p>}
    >
      <h2 id="how">How to ask</h2>
      <ul>
        <li><strong>With the form below:</strong> give your Instagram username, your WhatsApp number or your email address. You get a confirmation code at once.</li>
        <li><strong>From Facebook or Instagram:</strong> remove Relaydesk under Settings → Apps and websites and choose to delete your data; Meta sends us the request and shows you a link to its status.</li>
        <li><strong>By email:</strong> write to <a href={`mailto:${company.privacyEmail}`}>{company.privacyEmail}</a> with the handle or number you used.</li>
      </ul>
      <p>We delete the matching contacts, their conversations, messages and stored media. Businesses may keep what the law requires them to keep (for example invoices) outside Relaydesk; ask them directly about their own records.</p>

      <h2 id="request">Request deletion</h2>
      <div className="not-prose rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <DataDeletionForm />
      </div>

      <h2 id="status">Check a request</h2>
      <p>Have a confirmation code? <Link href="/data-deletion/status">Check the status of your request</Link>.</p>
      <p>More about how we handle personal data is in our <Link href={legalDocuments.privacy.path}>Privacy Policy</Link>.</p>
    </LegalDocument>
  );
}
