import { ButtonLink } from '@/components/ui/button-link';
import { channelFeatures, faqs, steps } from '@/components/marketing/features';

export default function LandingPage() {
  return (
    <>
      <section className="bg-gradient-to-b from-brand-50 to-white">
        <div className="mx-auto max-w-6xl px-4 py-20 sm:px-6 sm:py-28">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Instagram · Messenger · WhatsApp</p>
          <h1 className="mt-3 max-w-3xl text-4xl font-bold tracking-tight sm:text-6xl">
            Every DM and comment in one inbox, answered by an AI that knows your shop.
          </h1>
          <p className="mt-6 max-w-2xl text-lg text-slate-600">
            Relaydesk brings your Meta channels into a shared inbox for your team, with an AI agent that drafts or sends
            replies grounded in your products, offers and documents — and knows when to hand over.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="#how-it-works">See how it works</ButtonLink>
            <ButtonLink href="#faq" variant="secondary">Questions</ButtonLink>
          </div>
        </div>
      </section>

      <section id="features" aria-labelledby="features-title" className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="features-title" className="text-2xl font-bold tracking-tight sm:text-3xl">Built for the channels your customers use</h2>
        <ul className="mt-8 grid gap-6 sm:grid-cols-2">
          {channelFeatures.map((f) => (
            <li key={f.title} className="rounded-2xl border border-slate-200 p-6 shadow-sm">
              <h3 className="font-semibold">{f.title}</h3>
              <p className="mt-2 text-slate-600">{f.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section id="how-it-works" aria-labelledby="how-title" className="bg-slate-50">
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

      <section id="faq" aria-labelledby="faq-title" className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
        <h2 id="faq-title" className="text-2xl font-bold tracking-tight sm:text-3xl">Frequently asked questions</h2>
        <dl className="mt-8 divide-y divide-slate-200">
          {faqs.map((f) => (
            <div key={f.q} className="py-5">
              <dt className="font-semibold">{f.q}</dt>
              <dd className="mt-2 text-slate-600">{f.a}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
