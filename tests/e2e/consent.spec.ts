// The proof that no tracker loads before consent. The e2e server enables all four trackers
// (ids set in scripts/e2e-server.ts) with their scripts pointed at a local test double, so
// "loaded" is observable and nothing can leave localhost by accident.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ANALYTICS_KEYS, TRACKER_KEYS, consentCookie, isLocal, recordRequests, tabTo, trackerCookieNames, trackerRequests } from './consent-helpers';

/** Every public page. `banner`: rendered by components/marketing/public-page.tsx (pages/ only). */
const PUBLIC_PAGES: { path: string; banner: boolean }[] = [
  { path: '/', banner: true },
  { path: '/cookies', banner: true },
  { path: '/data-deletion/status', banner: true },
  { path: '/pricing', banner: true },
  { path: '/legal/privacy', banner: true },
  { path: '/legal/terms', banner: true },
  { path: '/data-deletion', banner: true },
  { path: '/login', banner: false },
  { path: '/signup', banner: false },
];

const banner = (page: Page) => page.getByRole('region', { name: /cookies/i }).filter({ has: page.getByRole('button', { name: 'Reject all' }) });

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
}

async function recordsFor(page: Page, consentId: string) {
  const response = await page.request.get(`/api/dev/consent/${consentId}`);
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { records: { action: string; analytics: boolean; advertising: boolean; gpc: boolean; policyVersion: string; userAgent: string | null }[] }).records;
}

for (const { path: pagePath, banner: hasBanner } of PUBLIC_PAGES) {
  test(`fresh visit to ${pagePath}: zero requests leave localhost and no tracker loads`, async ({ browser }) => {
    const context = await browser.newContext();
    const requests = recordRequests(context);
    const page = await context.newPage();
    const response = await page.goto(pagePath);
    expect(response?.status()).toBe(200);
    await settle(page);
    // Give any delayed loader a chance to misbehave.
    await page.waitForTimeout(1000);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(trackerRequests(requests)).toEqual([]);
    expect(await page.evaluate(() => (window as { __testTrackers?: string[] }).__testTrackers ?? [])).toEqual([]);
    expect(await trackerCookieNames(context)).toEqual([]);
    expect(await consentCookie(context)).toBeNull();
    if (hasBanner) await expect(banner(page)).toBeVisible();
    else await expect(banner(page)).toHaveCount(0);
    await context.close();
  });
}

test('"Accept all" loads every configured tracker and records the consent', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  expect(trackerRequests(requests)).toEqual([]);
  await page.screenshot({ path: 'test-results/screens/consent-banner-desktop.png' });

  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => trackerRequests(requests)).toEqual([...TRACKER_KEYS].sort());
  await expect.poll(() => page.evaluate(() => ((window as { __testTrackers?: string[] }).__testTrackers ?? []).slice().sort())).toEqual([...TRACKER_KEYS].sort());
  const consent = await consentCookie(context);
  expect(consent).toMatchObject({ analytics: true, advertising: true, gpc: false });
  await expect.poll(async () => (await recordsFor(page, consent!.id)).map((r) => r.action)).toEqual(['accept_all']);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);

  // The choice holds on the next public page without asking again.
  await page.goto('/cookies');
  await expect(page.getByRole('heading', { name: 'Cookie Policy', level: 1 })).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
});

test('"Reject all" loads nothing, on this page or the next, and records the refusal', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('/');
  await page.getByRole('button', { name: 'Reject all' }).click();
  await expect(banner(page)).toHaveCount(0);
  const consent = await consentCookie(context);
  expect(consent).toMatchObject({ analytics: false, advertising: false });
  await expect.poll(async () => (await recordsFor(page, consent!.id)).map((r) => ({ action: r.action, analytics: r.analytics, advertising: r.advertising }))).toEqual([
    { action: 'reject_all', analytics: false, advertising: false },
  ]);
  const [record] = await recordsFor(page, consent!.id);
  expect(record!.userAgent).toBeTruthy();
  expect(Object.keys(record!).some((key) => /ip/i.test(key))).toBe(false);

  await page.goto('/cookies');
  await settle(page);
  await page.waitForTimeout(500);
  expect(trackerRequests(requests)).toEqual([]);
  expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  expect(await trackerCookieNames(context)).toEqual([]);
});

test('"Manage cookies" reopens the choices as they stand; withdrawing consent unloads trackers and deletes their cookies', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => trackerCookieNames(context)).toEqual(['_clck', '_clsk', '_fbp', '_ga', '_ga_TEST', 'lj_ref']);
  expect(await page.evaluate(() => localStorage.getItem('lj_ref'))).toBe('test');

  const manage = page.getByRole('contentinfo').getByRole('button', { name: 'Manage cookies' });
  await manage.click();
  await expect(banner(page)).toBeVisible();
  // Issue 14: a returning visitor sees their current choices, not the first-visit question.
  await expect(page.getByRole('heading', { name: 'Choose your cookies' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /Analytics/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Advertising/ })).toBeChecked();
  await expect(banner(page).getByRole('button', { name: 'Save choices' })).toBeVisible();

  const afterWithdrawal = recordRequests(context);
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reject all' }).click()]);
  await settle(page);
  await page.waitForTimeout(500);
  expect(trackerRequests(afterWithdrawal)).toEqual([]);
  expect(await page.evaluate(() => (window as { __testTrackers?: string[] }).__testTrackers ?? [])).toEqual([]);
  expect(await trackerCookieNames(context)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('lj_ref'))).toBeNull();
  const consent = await consentCookie(context);
  await expect.poll(async () => (await recordsFor(page, consent!.id)).map((r) => r.action)).toEqual(['reject_all', 'accept_all']);

  // The Cookie Policy's own button reopens it too.
  await page.goto('/cookies');
  await expect(banner(page)).toHaveCount(0);
  await page.getByRole('button', { name: 'Change my cookie choices' }).click();
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose your cookies' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /Analytics/ })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Advertising/ })).not.toBeChecked();
});

test('"Manage cookies" after a custom choice shows exactly that choice, and saving a change keeps the same consent id', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Customise' }).click();
  await page.getByRole('checkbox', { name: /Analytics/ }).check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(banner(page)).toBeHidden();
  const first = await consentCookie(context);
  expect(first).toMatchObject({ analytics: true, advertising: false });

  await page.reload();
  await expect(banner(page)).toBeHidden();
  await page.getByRole('contentinfo').getByRole('button', { name: 'Manage cookies' }).click();
  await expect(page.getByRole('heading', { name: 'Choose your cookies' })).toBeFocused();
  await expect(page.getByRole('checkbox', { name: /Analytics/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Advertising/ })).not.toBeChecked();
  await page.screenshot({ path: 'test-results/screens/consent-manage-desktop.png' });
  await page.getByRole('checkbox', { name: /Advertising/ }).check();
  await page.getByRole('button', { name: 'Save choices' }).click();
  await expect(banner(page)).toBeHidden();
  await expect.poll(() => consentCookie(context)).toMatchObject({ id: first!.id, analytics: true, advertising: true });
});

test('keyboard only: Tab to the choices, Enter, and Customise with the keyboard', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('/');
  await tabTo(page, 'Customise');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Choose your cookies' })).toBeFocused();
  await page.screenshot({ path: 'test-results/screens/consent-customise-desktop.png' });
  await expect(page.getByRole('checkbox', { name: /Strictly necessary/ })).toBeDisabled();
  await expect(page.getByText('In use: Google Analytics 4, Microsoft Clarity')).toBeVisible();
  await expect(page.getByText('In use: Meta Pixel, Linkjolt')).toBeVisible();

  await tabTo(page, 'Analytics');
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Analytics' })).toBeChecked();
  await tabTo(page, 'Save choices');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
  await expect.poll(() => trackerRequests(requests)).toEqual(ANALYTICS_KEYS.slice().sort());
  await page.waitForTimeout(500);
  expect(trackerRequests(requests)).toEqual(ANALYTICS_KEYS.slice().sort());
  expect(await consentCookie(context)).toMatchObject({ analytics: true, advertising: false });
});

test('keyboard only: Tab to "Reject all" and press Enter', async ({ page, context }) => {
  const requests = recordRequests(context);
  await page.goto('/cookies');
  await tabTo(page, 'Reject all');
  await page.keyboard.press('Enter');
  await expect(banner(page)).toHaveCount(0);
  expect(await consentCookie(context)).toMatchObject({ analytics: false, advertising: false });
  expect(trackerRequests(requests)).toEqual([]);
});

test('Global Privacy Control counts as a refusal of advertising, and the banner says so', async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { 'Sec-GPC': '1' } });
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const requests = recordRequests(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(banner(page).getByText('Your browser sends Global Privacy Control: we treat it as a refusal of advertising cookies.')).toBeVisible();
  await banner(page).getByRole('button', { name: 'Customise' }).click();
  await expect(banner(page).getByText('Your browser sends Global Privacy Control, so advertising stays off.')).toBeVisible();
  await expect(banner(page).getByRole('checkbox', { name: 'Advertising' })).toBeDisabled();
  await expect(banner(page).getByRole('checkbox', { name: 'Advertising' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect.poll(() => trackerRequests(requests)).toEqual(ANALYTICS_KEYS.slice().sort());
  await page.waitForTimeout(500);
  expect(trackerRequests(requests)).toEqual(ANALYTICS_KEYS.slice().sort());
  const consent = await consentCookie(context);
  expect(consent).toMatchObject({ analytics: true, advertising: false, gpc: true });
  await expect.poll(async () => (await recordsFor(page, consent!.id)).map((r) => ({ advertising: r.advertising, gpc: r.gpc }))).toEqual([{ advertising: false, gpc: true }]);
  await context.close();
});

test('a malformed consent cookie or one for an older policy counts as no consent', async ({ browser, baseURL }) => {
  for (const value of ['not-json', encodeURIComponent(JSON.stringify({ v: 1, id: crypto.randomUUID(), policy: '2000-01-01', analytics: true, advertising: true, gpc: false, at: new Date().toISOString() }))]) {
    const context = await browser.newContext();
    await context.addCookies([{ name: 'rd_consent', value, url: baseURL! }]);
    const requests = recordRequests(context);
    const page = await context.newPage();
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    await settle(page);
    expect(trackerRequests(requests)).toEqual([]);
    await context.close();
  }
});

test('trackers never load outside the marketing pages, even with consent', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Accept all' }).click();
  await expect(banner(page)).toHaveCount(0);
  const requests = recordRequests(context);
  for (const pagePath of ['/login', '/signup']) {
    await page.goto(pagePath);
    await settle(page);
  }
  expect(trackerRequests(requests)).toEqual([]);
});

test('with JavaScript off there is nothing to ask: no banner, no "Manage cookies", no tracker', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const requests = recordRequests(context);
  const page = await context.newPage();
  for (const pagePath of ['/', '/cookies']) {
    await page.goto(pagePath);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(banner(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Manage cookies|Change my cookie choices/ })).toHaveCount(0);
  }
  expect(trackerRequests(requests)).toEqual([]);
  await context.close();
});

test('banner and Cookie Policy on a phone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  // Equal weight: the three choices are the same size.
  const boxes = await Promise.all(['Accept all', 'Reject all', 'Customise'].map((name) => page.getByRole('button', { name }).boundingBox()));
  expect(new Set(boxes.map((b) => Math.round(b!.height))).size).toBe(1);
  await page.screenshot({ path: 'test-results/screens/consent-banner-phone.png' });
  await page.getByRole('button', { name: 'Reject all' }).click();
  await page.goto('/cookies');
  await expect(page.getByText(/Last updated/)).toBeVisible();
  for (const name of ['rd_session', 'rd_consent', '_ga', '_clck', '_fbp']) await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/cookie-policy-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screens/cookie-policy-desktop.png', fullPage: true });
  await context.close();
});

// axe-core ships with the dev dependencies (via eslint-plugin-jsx-a11y); injected directly
// because @axe-core/playwright is not installed. bypassCSP lets the injected script run.
const axeSource = readFileSync(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');

for (const { path: pagePath } of PUBLIC_PAGES) {
  test(`accessibility: no serious or critical axe violations on ${pagePath} (banner open)`, async ({ browser }) => {
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(pagePath);
    await settle(page);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
}

// Issue 14: the open banner covered the hero's "Start free" at 1280×800. The primary call to
// action stays visible and clickable while the visitor has not answered yet.
for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
  test(`the open banner leaves the hero's "Start free" uncovered at ${viewport.width}×${viewport.height}`, async ({ browser }) => {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    const cta = page.getByRole('main').getByRole('link', { name: 'Start free' }).first();
    await expect(cta).toBeInViewport({ ratio: 1 });
    const box = (await cta.boundingBox())!;
    const bannerBox = (await banner(page).boundingBox())!;
    const overlaps = box.x < bannerBox.x + bannerBox.width && bannerBox.x < box.x + box.width && box.y < bannerBox.y + bannerBox.height && bannerBox.y < box.y + box.height;
    expect(overlaps, `banner ${JSON.stringify(bannerBox)} covers the button ${JSON.stringify(box)}`).toBe(false);
    // What a click at the button's centre would hit is the button itself.
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('a')?.textContent?.trim() ?? null, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    expect(hit).toBe('Start free');
    await page.screenshot({ path: `test-results/screens/consent-banner-hero-${viewport.width}.png` });
    await cta.click({ trial: true });
    await context.close();
  });
}
