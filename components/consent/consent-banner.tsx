// The consent banner's markup, rendered on the server for every public page; the inlined
// browser script (browser/consent-client.ts) switches views, stores the choice and loads the
// allowed trackers. Rendered open exactly when the request carries no valid, current consent.
import Link from 'next/link';
import { type ConsentCategory, consentCategories, consentCategoryInfo } from '@/lib/consent/consent-categories';
import type { ConsentCookie } from '@/lib/consent/consent-cookie';
import { consentHooks } from './consent-client-config';

export type BannerTrackerList = Record<ConsentCategory, string[]>;

type Props = {
  trackersByCategory: BannerTrackerList;
  current: ConsentCookie | null;
  /** The request carried `Sec-GPC: 1` (the script also reads the browser's signal). */
  gpcHeader: boolean;
};

const SUMMARY_TITLE = 'Cookies on Relaydesk';
const CUSTOMISE_TITLE = 'Choose your cookies';
const HEADING_ID = 'consent-banner-title';

// All three choices look the same: rejecting must be as easy and as visible as accepting. They
// share one row at every width (the banner is max-w-md from sm up).
const choiceButton =
  'inline-flex min-h-11 flex-1 items-center justify-center rounded-lg border border-slate-900 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100';

const hook = (name: string, value = '') => ({ [name]: value });

/**
 * Bottom right from the small breakpoint up: the public pages put their calls to action on the
 * left, and bottom left covered the hero's "Start free" at 1280×800 (issue 14).
 * Non-modal: the page stays usable and focus is never trapped. It comes first in the tab
 * order, so keyboard users meet it before the page content.
 */
export function ConsentBanner({ trackersByCategory, current, gpcHeader }: Props) {
  return (
    <section
      {...hook(consentHooks.banner)}
      aria-labelledby={HEADING_ID}
      hidden={current !== null}
      className="fixed inset-x-0 bottom-0 z-50 max-h-[85dvh] overflow-y-auto border-t border-slate-200 bg-white shadow-[0_-8px_30px_rgba(15,23,42,0.12)] sm:inset-x-auto sm:right-4 sm:bottom-4 sm:max-w-md sm:rounded-2xl sm:border"
    >
      <div className="space-y-3 p-4 sm:p-5">
        <h2
          id={HEADING_ID}
          {...hook(consentHooks.heading)}
          data-summary-title={SUMMARY_TITLE}
          data-customise-title={CUSTOMISE_TITLE}
          tabIndex={-1}
          className="text-base font-semibold text-slate-900 focus:outline-none"
        >
          {SUMMARY_TITLE}
        </h2>
        <div {...hook(consentHooks.summary)} className="space-y-3">
          <p className="text-sm text-slate-600">
            We use necessary cookies to run the site. With your permission we would also use analytics and advertising cookies. Nothing beyond the necessary loads until you choose.{' '}
            <Link href="/cookies" className="font-medium text-brand-700 underline underline-offset-2">Cookie Policy</Link>
          </p>
          <p {...hook(consentHooks.gpcNote)} hidden={!gpcHeader} className="text-sm text-slate-600">
            Your browser sends Global Privacy Control: we treat it as a refusal of advertising cookies.
          </p>
        </div>
        <fieldset {...hook(consentHooks.customise)} hidden className="space-y-3">
          <legend className="sr-only">Cookie categories</legend>
          {consentCategories.map((category) => {
            const info = consentCategoryInfo[category];
            const names = trackersByCategory[category];
            const inputId = `consent-category-${category}`;
            const checked = category === 'necessary' || (category === 'advertising' && gpcHeader ? false : Boolean(current?.[category]));
            return (
              <div key={category} className="rounded-lg border border-slate-200 p-3">
                <div className="flex items-start gap-3">
                  <input
                    id={inputId}
                    name={category}
                    type="checkbox"
                    className="mt-1 size-4 accent-brand-600"
                    defaultChecked={checked}
                    disabled={category === 'necessary' || (category === 'advertising' && gpcHeader)}
                    aria-describedby={`${inputId}-desc`}
                  />
                  <div className="min-w-0 text-sm">
                    <label htmlFor={inputId} className="font-medium text-slate-900">
                      {info.label}
                      {category === 'necessary' ? <span className="ml-2 text-xs font-normal text-slate-500">Always on</span> : null}
                    </label>
                    <p id={`${inputId}-desc`} className="text-slate-600">
                      {info.description}{' '}
                      {category === 'advertising' ? (
                        <strong {...hook(consentHooks.gpcNote)} hidden={!gpcHeader} className="font-medium text-slate-800">
                          Your browser sends Global Privacy Control, so advertising stays off.
                        </strong>
                      ) : null}
                    </p>
                    <p className="mt-1 text-xs text-slate-500">{names.length ? `In use: ${names.join(', ')}` : 'Nothing in use right now.'}</p>
                  </div>
                </div>
              </div>
            );
          })}
        </fieldset>
        <div className="flex flex-wrap gap-2">
          <button type="button" {...hook(consentHooks.action, 'accept_all')} className={choiceButton}>Accept all</button>
          <button type="button" {...hook(consentHooks.action, 'reject_all')} className={choiceButton}>Reject all</button>
          <button type="button" {...hook(consentHooks.action, 'customise')} className={choiceButton}>Customise</button>
          <button type="button" {...hook(consentHooks.action, 'save')} hidden className={choiceButton}>Save choices</button>
        </div>
      </div>
    </section>
  );
}
