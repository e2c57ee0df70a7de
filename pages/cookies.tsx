import type { PageConfig } from 'next';
import { ManageCookiesButton } from '@/components/consent/manage-cookies-button';
import { CookieTable } from '@/components/consent/cookie-table';
import { PublicPage } from '@/components/marketing/public-page';
import { type PublicPageProps, publicPageProps } from '@/components/marketing/public-page-props';
import { consentCategories, consentCategoryInfo } from '@/lib/consent/consent-categories';
import { COOKIE_POLICY_VERSION, cookiePolicyLastUpdated } from '@/lib/consent/cookie-policy-version';
import { necessaryCookies } from '@/lib/consent/necessary-cookies';
import { CONSENT_RECORD_RETENTION_YEARS } from '@/lib/consent/retention';
import { type RegistryEntry, enabledTrackers } from '@/lib/consent/tracker-registry';

// Public pages ship no framework JavaScript in production (docs/architecture.md, "Public pages").
export const config: PageConfig = { unstable_runtimeJS: false };

type Props = PublicPageProps & { entries: RegistryEntry[] };

// The table lists our cookies and the trackers enabled in this deployment's env.
export const getServerSideProps = publicPageProps<Omit<Props, keyof PublicPageProps>>(() => ({
  props: { entries: [...necessaryCookies, ...enabledTrackers()].map(({ key, name, issuer, category, purpose, cookies }) => ({ key, name, issuer, category, purpose, cookies })) },
}));

export default function CookiePolicyPage({ entries, consent }: Props) {
  return (
    <PublicPage title="Cookie Policy" description="Every cookie and tracker on the Relaydesk website, what it does and how long it lasts." consent={consent}>
      <article className="mx-auto max-w-4xl px-4 py-12 sm:px-6">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Cookie Policy</h1>
        <p className="mt-2 text-sm text-slate-500">
          Last updated <time dateTime={COOKIE_POLICY_VERSION}>{cookiePolicyLastUpdated()}</time> · version {COOKIE_POLICY_VERSION}
        </p>
        <div className="mt-6 space-y-4 text-slate-700">
          <p>
            Cookies are small files a website stores in your browser. Relaydesk uses strictly necessary cookies to run the site and, only if you agree, analytics and advertising
            trackers on our public pages. Trackers never run inside the Relaydesk app.
          </p>
          <p>
            Nothing beyond the strictly necessary loads before you choose. You can accept, reject or pick categories, and change your mind at any time; withdrawing consent stops
            the trackers and deletes the cookies they set on our domain. If your browser sends the Global Privacy Control signal, we treat it as a refusal of advertising.
          </p>
          <p>
            We keep a record of each choice (a random id, your choices, this policy&rsquo;s version, the time and your browser&rsquo;s user agent — not your IP address) for{' '}
            {CONSENT_RECORD_RETENTION_YEARS} years as proof of consent, then delete it. When this policy changes we ask again.
          </p>
          <ManageCookiesButton className="inline-flex min-h-11 items-center rounded-lg border border-slate-900 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100">
            Change my cookie choices
          </ManageCookiesButton>
        </div>
        {consentCategories.map((category) => (
          <section key={category} aria-labelledby={`category-${category}`} className="mt-10">
            <h2 id={`category-${category}`} className="text-xl font-semibold text-slate-900">{consentCategoryInfo[category].label}</h2>
            <p className="mt-1 text-sm text-slate-600">{consentCategoryInfo[category].description}</p>
            <CookieTable entries={entries.filter((entry) => entry.category === category)} caption={`${consentCategoryInfo[category].label} cookies and trackers`} />
          </section>
        ))}
      </article>
    </PublicPage>
  );
}
