// /dev/meta – the Meta simulator's customer console: play the customer on a simulated channel,
// watch what the app sends back, and flip failure switches. 404 in production.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OutboundFeed } from '@/components/meta-simulator/outbound-feed';
import { SimulatorBanner } from '@/components/meta-simulator/simulator-banner';
import { SimulatorConsole } from '@/components/meta-simulator/simulator-console';
import { devToolsEnabled } from '@/lib/config/dev-tools-enabled';
import { getConsoleSetup } from '@/lib/meta-simulator/get-console-setup';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Meta simulator', robots: { index: false } };

export default async function MetaSimulatorPage() {
  if (!devToolsEnabled()) notFound();
  const { channels, customers } = await getConsoleSetup();
  return (
    <div className="min-h-screen bg-slate-50">
      <SimulatorBanner />
      <main className="mx-auto max-w-6xl px-4 py-8 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Development</p>
        <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">Meta simulator</h1>
        <p className="mt-2 max-w-3xl text-slate-600">
          Play the customer: each send becomes a webhook signed like Meta&apos;s and posted to <code>/api/webhooks/meta</code>.
          The app&apos;s replies land on the simulated Graph API and show up on the right.
        </p>
        <div className="mt-8 grid gap-8 lg:grid-cols-2">
          <SimulatorConsole
            channels={channels}
            customers={customers.map((c) => ({ id: c.id, channel: c.channel, name: c.name, username: c.username ?? null }))}
          />
          <OutboundFeed />
        </div>
      </main>
    </div>
  );
}
