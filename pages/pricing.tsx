import type { PageConfig } from 'next';
import { Faq } from '@/components/marketing/faq';
import { PricingTable } from '@/components/marketing/pricing-table';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { plans } from '@/lib/billing/plans';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

export const getServerSideProps = publicPageProps();

const billingFaqs = [
  { q: 'Do I need a card for the trial?', a: 'No. The 14-day trial includes every feature, within the trial’s limits. Choose a plan before it ends to keep replying: after the trial, incoming messages are still saved, but sending replies pauses until you subscribe.' },
  { q: 'Are prices shown with VAT?', a: 'Prices are in euros and exclude VAT. Businesses in the EU with a valid VAT number are invoiced under the reverse-charge rule.' },
  { q: 'What counts as an AI reply?', a: 'Each reply the AI assistant writes in a calendar month, whether it sends it or drafts it for approval. Replies your team writes themselves are unlimited on every plan.' },
  { q: 'What happens when I reach my AI reply limit?', a: 'The agent stops sending on its own: it keeps drafting replies for your team to approve until the next month or until you upgrade, and owners get an email. Your inbox keeps working and your team can still reply.' },
  { q: 'What does conversation history mean?', a: 'The inbox and search show conversations with a message within your plan’s history: 30 days on the trial, 90 on Starter, a year on Growth, all of it on Scale. Older conversations are hidden, never deleted — a new message or an upgrade brings them back.' },
  { q: 'What happens at a seat or channel limit?', a: 'Nobody and nothing is removed. New invites or channels beyond the plan are refused with a note on how to upgrade; a downgrade never deletes data.' },
  { q: 'Can I change or cancel my plan?', a: 'Any time from Billing. Upgrades apply at once, pro rata; downgrades and cancellations take effect at the end of the period you paid for.' },
  { q: 'How do yearly plans work?', a: 'You pay for ten months and get twelve. Yearly plans renew once a year and can be cancelled before renewal.' },
] as const;

export default function PricingPage({ consent }: PublicPageProps) {
  return (
    <PublicPage title="Pricing" description="Plans for teams answering Instagram, Messenger and WhatsApp with Relaydesk. Start with a 14-day free trial." consent={consent}>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6 sm:py-20">
          <div className="mx-auto max-w-2xl text-center">
            <h1 className="text-4xl font-bold tracking-tight sm:text-5xl">Simple pricing for every inbox</h1>
            <p className="mt-4 text-lg text-slate-600">Every plan includes Instagram, Messenger and WhatsApp and the AI assistant. Start free for 14 days.</p>
          </div>
          <div className="mt-10">
            <PricingTable plans={plans} />
          </div>
        </div>
      </section>
      <Faq id="billing-faq" title="Billing questions" items={billingFaqs} />
    </PublicPage>
  );
}
