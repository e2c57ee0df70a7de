import Image from 'next/image';
import { ButtonLink } from '@/components/ui/button-link';
import { ChannelIcon } from '@/components/marketing/channel-icon';
import { Faq } from '@/components/marketing/faq';
import { agentPoints, channelFeatures, faqs, steps } from '@/components/marketing/features';
import { BookCallLink } from '@/components/marketing/book-call-link';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { bookingUrl } from '@/lib/marketing/booking-url';
import inboxScreenshot from '@/public/marketing/inbox.png';
import type { PageConfig } from 'next';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

export const getServerSideProps = publicPageProps<{ booking: string | null }>(() => ({ props: { booking: bookingUrl() } }));

export default function LandingPage({ booking, consent }: PublicPageProps & { booking: string | null }) {
  return (
    <PublicPage consent={consent}>
      <section className="overflow-hidden bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 pt-16 pb-12 sm:px-6 sm:pt-24">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Instagram · Messenger · WhatsApp</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-6xl">
            Every DM and comment in one inbox, answered by an AI that knows your shop.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-slate-600">
            Relaydesk brings your Meta channels into a shared inbox for your team, with an AI assistant that drafts or sends
            replies grounded in your products, offers and documents — and knows when to hand over.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/signup">Start free</ButtonLink>
            {booking ? <BookCallLink href={booking} className="inline-flex items-center justify-center rounded-lg bg-white px-4 py-2.5 text-sm font-semibold text-slate-900 ring-1 ring-slate-300 transition-colors hover:bg-slate-50" /> : null}
          </div>
          <p className="mt-3 text-sm text-slate-500">14-day free trial · no card needed</p>
          <figure className="mt-12 sm:mt-16">
            <div className="rounded-2xl bg-slate-900/5 p-2 ring-1 ring-slate-900/10 sm:p-3">
              <Image src={inboxScreenshot} alt="The Relaydesk inbox: a list of Instagram, Messenger and WhatsApp conversations next to an open thread" priority sizes="(min-width: 1152px) 1128px, 100vw" className="h-auto w-full rounded-xl shadow-xl ring-1 ring-slate-900/10" />
            </div>
            <figcaption className="sr-only">Screenshot of the shared inbox with demo data.</figcaption>
          </figure>
        </div>
      </section>

      <section id="features" aria-labelledby="features-title" className="mx-auto max-w-6xl scroll-mt-20 px-4 py-16 sm:px-6">
        <h2 id="features-title" className="text-2xl font-bold tracking-tight sm:text-3xl">Built for the channels your customers use</h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {channelFeatures.map((f) => (
            <li key={f.title} className="rounded-2xl border border-slate-200 p-6 shadow-sm">
              <ChannelIcon channel={f.id} />
              <h3 className="mt-4 font-semibold">{f.title}</h3>
              <p className="mt-2 text-slate-600">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="agent-title" className="bg-brand-900 text-white">
        <div className="mx-auto grid max-w-6xl gap-10 px-4 py-16 sm:px-6 md:grid-cols-2 md:items-center">
          <div>
            <h2 id="agent-title" className="text-2xl font-bold tracking-tight sm:text-3xl">An agent you stay in charge of</h2>
            <p className="mt-4 text-brand-100">Start in draft mode, watch what it writes, and let it send on its own only when you trust it.</p>
          </div>
          <ul className="space-y-3">
            {agentPoints.map((p) => (
              <li key={p} className="flex gap-3">
                <svg viewBox="0 0 20 20" className="mt-0.5 h-5 w-5 flex-none text-brand-100" aria-hidden="true"><path d="m5 10.5 3.2 3L15 6.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" /></svg>
                <span>{p}</span>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section id="how-it-works" aria-labelledby="how-title" className="scroll-mt-20 bg-slate-50">
        <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
          <h2 id="how-title" className="text-2xl font-bold tracking-tight sm:text-3xl">How it works</h2>
          <ol className="mt-8 grid gap-6 sm:grid-cols-3">
            {steps.map((s, i) => (
              <li key={s.title} className="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
                <span className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-600 text-sm font-bold text-white" aria-hidden="true">{i + 1}</span>
                <h3 className="mt-4 font-semibold">{s.title}</h3>
                <p className="mt-2 text-slate-600">{s.body}</p>
              </li>
            ))}
          </ol>
        </div>
      </section>

      <Faq id="faq" title="Frequently asked questions" items={faqs} />

      <section aria-labelledby="cta-title" className="mx-auto max-w-6xl px-4 pb-20 sm:px-6">
        <div className="rounded-3xl bg-brand-600 px-6 py-12 text-center text-white sm:px-12">
          <h2 id="cta-title" className="text-2xl font-bold tracking-tight sm:text-3xl">Answer every customer, on every channel, today</h2>
          <p className="mx-auto mt-3 max-w-xl text-brand-100">Connect your first account in a couple of minutes.</p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <ButtonLink href="/signup" variant="secondary">Start free</ButtonLink>
            {booking ? <BookCallLink href={booking} className="inline-flex items-center justify-center rounded-lg px-4 py-2.5 text-sm font-semibold text-white ring-1 ring-white/60 hover:bg-white/10" /> : null}
          </div>
        </div>
      </section>
    </PublicPage>
  );
}
