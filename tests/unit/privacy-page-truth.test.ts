// Issue 16.7: the Privacy Policy is generated from the code that enforces it. This renders the
// real page (getServerSideProps + component) and holds every period and promise it states
// against the retention table, the rights constants and the cookie registry: a hand-written
// "we keep X for N days" that the sweeps do not enforce fails here.
// env() needs a connection string even though nothing here touches the database.
process.env.DATABASE_URL ??= 'postgresql://u:p@localhost:5432/unused';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import PrivacyPolicyPage, { getServerSideProps } from '@/pages/legal/privacy';
import { listRetentionPeriods } from '@/lib/retention/retention-periods';
import { retentionSweeps } from '@/lib/retention/run-retention-sweeps';
import { listPrivacyRights } from '@/lib/legal/privacy-rights';
import { trackerRegistry } from '@/lib/consent/tracker-registry';
import { TRACKER_COOKIE_MAX_MONTHS, TRACKER_COOKIE_MAX_SECONDS } from '@/lib/consent/tracker-cookie-lifetime';
import { SESSION_ABSOLUTE_LIFETIME_MS } from '@/lib/auth/session-policy';
import { env } from '@/lib/env';

const decode = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

async function renderPrivacyPage(): Promise<string> {
  const context = { req: { headers: {} }, res: { statusCode: 200, setHeader() {} }, query: {}, resolvedUrl: '/legal/privacy' };
  const result = (await getServerSideProps(context as never)) as { props: Parameters<typeof PrivacyPolicyPage>[0] };
  return decode(renderToStaticMarkup(createElement(PrivacyPolicyPage, result.props)));
}

const durations = (text: string) => [...text.matchAll(/\b(\d+)\s+(hours?|days?|months?|years?)\b/g)].map((m) => `${m[1]} ${m[2]!.replace(/s$/, '')}`);

describe('the Privacy Policy says what the code does', () => {
  it('shows every row of the retention table, word for word', async () => {
    const page = await renderPrivacyPage();
    for (const row of listRetentionPeriods()) {
      expect(page).toContain(decode(row.data));
      expect(page).toContain(decode(row.period));
    }
  });

  it('states no period that the retention table, the rights constants or the cookie ceiling do not hold', async () => {
    const page = await renderPrivacyPage();
    const sources = [...listRetentionPeriods().map((r) => r.period), ...listPrivacyRights().map((r) => r.how), `${TRACKER_COOKIE_MAX_MONTHS} months`];
    const allowed = new Set(sources.flatMap(durations));
    allowed.add('16 year'); // the minimum age for an account, not a retention period
    const stated = durations(page);
    expect(stated.length).toBeGreaterThan(10);
    expect(stated.filter((d) => !allowed.has(d))).toEqual([]);
  });

  it('every retention row with a fixed age is swept by the daily job with that age', () => {
    const rows = listRetentionPeriods();
    for (const row of rows) expect(Object.keys(retentionSweeps).concat(['audit_log', 'inbox_events', 'consent_records']), row.id).toContain(row.id);
    const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
    expect(byId.audit_log!.days).toBe(env().AUDIT_LOG_RETENTION_DAYS);
    expect(byId.raw_webhooks!.days).toBe(env().WEBHOOK_RAW_RETENTION_DAYS);
    expect(byId.sessions!.period).toContain(`At most ${SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000} days`);
  });

  it('lists the rights with the deadlines the product enforces', async () => {
    const page = await renderPrivacyPage();
    for (const right of listPrivacyRights()) expect(page).toContain(decode(right.how));
    expect(page).toContain('within 30 days');
  });

  it('no analytics or advertising cookie outlives the 13-month maximum the policy states (GA4 _ga included)', async () => {
    const months = (duration: string) => {
      const m = /^(\d+)\s+(day|month|year)s?$/.exec(duration);
      if (!m) throw new Error(`unparseable duration ${duration}`);
      return Number(m[1]) * (m[2] === 'day' ? 12 / 365 : m[2] === 'year' ? 12 : 1);
    };
    for (const tracker of trackerRegistry({ GA4_MEASUREMENT_ID: 'G-TEST1234', CLARITY_PROJECT_ID: 'abcd1234ef', META_PIXEL_ID: '1234567890', LINKJOLT_ID: 'merchant-1' })) {
      for (const cookie of tracker.cookies) expect(months(cookie.duration), `${tracker.name} ${cookie.name}`).toBeLessThanOrEqual(TRACKER_COOKIE_MAX_MONTHS);
    }
    expect(TRACKER_COOKIE_MAX_SECONDS / 86_400).toBeLessThanOrEqual(TRACKER_COOKIE_MAX_MONTHS * 30.44);
    // The browser loader really passes the cap to gtag and stops renewals.
    const { readFileSync } = await import('node:fs');
    const loader = readFileSync('components/consent/browser/tracker-scripts.ts', 'utf8');
    expect(loader).toMatch(/gtag\('config', id, \{ cookie_expires: TRACKER_COOKIE_MAX_SECONDS, cookie_update: false \}\)/);
    expect(await renderPrivacyPage()).toContain(`more than ${TRACKER_COOKIE_MAX_MONTHS} months`);
  });
});
