// The frame of every public page (pages/): head tags, the consent banner first in the tab
// order, header, content, footer, and the inline consent script last, once the markup it
// wires up exists. Trackers load only from that script, so never in the dashboard.
import Head from 'next/head';
import { ConsentBanner } from '@/components/consent/consent-banner';
import { ConsentScript } from '@/components/consent/consent-script';
import { consentHooks } from '@/components/consent/consent-client-config';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import type { PublicPageConsent } from './public-page-props';

const SITE_TITLE = 'Relaydesk — the AI inbox for Instagram, Messenger and WhatsApp';
const SITE_DESCRIPTION = 'One shared inbox for Instagram DMs and comments, Messenger and WhatsApp, with an AI assistant that drafts or sends replies in your brand voice.';

type Props = {
  /** Page title; " · Relaydesk" is appended. Omit for the site's own title. */
  title?: string;
  description?: string;
  noindex?: boolean;
  consent: PublicPageConsent;
  children: React.ReactNode;
};

export function PublicPage({ title, description = SITE_DESCRIPTION, noindex, consent, children }: Props) {
  return (
    <>
      <Head>
        <title>{title ? `${title} · Relaydesk` : SITE_TITLE}</title>
        <meta name="description" content={description} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#3b54e6" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        {noindex ? <meta name="robots" content="noindex" /> : null}
        {/* Without JavaScript no tracker can load, so there is nothing to ask: no banner and no
            "Manage cookies" button that could not work. */}
        <noscript>
          <style>{`[${consentHooks.banner}],[${consentHooks.open}]{display:none!important}`}</style>
        </noscript>
      </Head>
      <div className="flex min-h-dvh flex-col">
        <ConsentBanner trackersByCategory={consent.trackersByCategory} current={consent.config.consent} gpcHeader={consent.config.gpcHeader} />
        <p {...{ [consentHooks.status]: '' }} role="status" aria-live="polite" className="sr-only" />
        <SiteHeader />
        <main id="main" className="flex-1">{children}</main>
        <SiteFooter />
      </div>
      <ConsentScript config={consent.config} />
    </>
  );
}
