'use client';

import Link from 'next/link';
import { useEffect, useId, useRef, useState } from 'react';
import { type ConsentCategory, consentCategories, consentCategoryInfo } from '@/lib/consent/consent-categories';
import type { ConsentChoices, ConsentCookie } from '@/lib/consent/consent-cookie';

export type BannerTrackerList = Record<ConsentCategory, string[]>;

type Props = {
  trackersByCategory: BannerTrackerList;
  current: ConsentCookie | null;
  gpc: boolean;
  /** Move focus into the banner (it was reopened from "Manage cookies"). */
  focusOnOpen: boolean;
  onChoose(action: 'accept_all' | 'reject_all' | 'customise', choices: ConsentChoices): void;
};

// All three choices look the same: rejecting must be as easy and as visible as accepting.
const choiceButton =
  'inline-flex min-h-11 flex-1 items-center justify-center rounded-lg border border-slate-900 bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-slate-100 sm:flex-none sm:min-w-36';

/**
 * Non-modal: the page stays usable and focus is never trapped. It comes first in the tab
 * order, so keyboard users meet it before the page content.
 */
export function ConsentBanner({ trackersByCategory, current, gpc, focusOnOpen, onChoose }: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [customising, setCustomising] = useState(false);
  const [choices, setChoices] = useState<ConsentChoices>({ analytics: current?.analytics ?? false, advertising: gpc ? false : (current?.advertising ?? false) });

  useEffect(() => {
    if (focusOnOpen || customising) heading.current?.focus();
  }, [focusOnOpen, customising]);

  return (
    <section
      aria-labelledby={headingId}
      className="fixed inset-x-0 bottom-0 z-50 max-h-[85dvh] overflow-y-auto border-t border-slate-200 bg-white shadow-[0_-8px_30px_rgba(15,23,42,0.12)] sm:inset-x-auto sm:bottom-4 sm:left-4 sm:max-w-xl sm:rounded-2xl sm:border"
    >
      <div className="space-y-3 p-4 sm:p-5">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="text-base font-semibold text-slate-900 focus:outline-none">
          {customising ? 'Choose your cookies' : 'Cookies on Relaydesk'}
        </h2>
        {!customising ? (
          <p className="text-sm text-slate-600">
            We use necessary cookies to run the site. With your permission we would also use analytics and advertising cookies. Nothing beyond the necessary loads until you choose.{' '}
            <Link href="/cookies" className="font-medium text-brand-700 underline underline-offset-2">Cookie Policy</Link>
          </p>
        ) : (
          <fieldset className="space-y-3">
            <legend className="sr-only">Cookie categories</legend>
            {consentCategories.map((category) => {
              const info = consentCategoryInfo[category];
              const names = trackersByCategory[category];
              const locked = category === 'necessary' || (category === 'advertising' && gpc);
              const checked = category === 'necessary' ? true : choices[category];
              const inputId = `${headingId}-${category}`;
              return (
                <div key={category} className="rounded-lg border border-slate-200 p-3">
                  <div className="flex items-start gap-3">
                    <input
                      id={inputId}
                      type="checkbox"
                      className="mt-1 size-4 accent-brand-600"
                      checked={checked}
                      disabled={locked}
                      aria-describedby={`${inputId}-desc`}
                      onChange={(event) => category !== 'necessary' && setChoices((c) => ({ ...c, [category]: event.target.checked }))}
                    />
                    <div className="min-w-0 text-sm">
                      <label htmlFor={inputId} className="font-medium text-slate-900">
                        {info.label}
                        {category === 'necessary' ? <span className="ml-2 text-xs font-normal text-slate-500">Always on</span> : null}
                      </label>
                      <p id={`${inputId}-desc`} className="text-slate-600">
                        {info.description}{' '}
                        {category === 'advertising' && gpc ? <strong className="font-medium text-slate-800">Your browser sends Global Privacy Control, so advertising stays off.</strong> : null}
                      </p>
                      <p className="mt-1 text-xs text-slate-500">{names.length ? `In use: ${names.join(', ')}` : 'Nothing in use right now.'}</p>
                    </div>
                  </div>
                </div>
              );
            })}
          </fieldset>
        )}
        {gpc && !customising ? <p className="text-sm text-slate-600">Your browser sends Global Privacy Control: we treat it as a refusal of advertising cookies.</p> : null}
        <div className="flex flex-wrap gap-2">
          <button type="button" className={choiceButton} onClick={() => onChoose('accept_all', { analytics: true, advertising: true })}>Accept all</button>
          <button type="button" className={choiceButton} onClick={() => onChoose('reject_all', { analytics: false, advertising: false })}>Reject all</button>
          {customising ? (
            <button type="button" className={choiceButton} onClick={() => onChoose('customise', choices)}>Save choices</button>
          ) : (
            <button type="button" className={choiceButton} onClick={() => setCustomising(true)}>Customise</button>
          )}
        </div>
      </div>
    </section>
  );
}
