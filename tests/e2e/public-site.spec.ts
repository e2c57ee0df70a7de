import { expect, test, type Page } from '@playwright/test';

const publicPages = [
  { path: '/', h1: /Every DM and comment in one inbox/ },
  { path: '/pricing', h1: 'Simple pricing for every inbox' },
  { path: '/legal/privacy', h1: 'Privacy Policy' },
  { path: '/legal/terms', h1: 'Terms of Service' },
  { path: '/data-deletion', h1: 'Data deletion' },
  { path: '/data-deletion/status', h1: 'Data deletion status' },
] as const;

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
}

test('every public page loads with its heading and a "Last updated" date on legal pages', async ({ page }) => {
  for (const { path, h1 } of publicPages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(h1);
    if (path.startsWith('/legal') || path === '/data-deletion') await expect(page.getByText(/^Last updated \d{1,2} \w+ \d{4}$/)).toBeVisible();
  }
  await page.screenshot({ path: 'test-results/screens/public-status.png', fullPage: true });
});

test('landing calls to action and the footer legal links work', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('img', { name: /Relaydesk inbox/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start free' }).first()).toHaveAttribute('href', '/signup');
  const legal = page.getByRole('contentinfo').getByRole('navigation', { name: 'Legal' });
  await expect(legal.getByRole('link', { name: 'Cookies' })).toHaveAttribute('href', '/cookies');
  for (const [link, heading] of [['Privacy', 'Privacy Policy'], ['Terms', 'Terms of Service'], ['Data deletion', 'Data deletion']] as const) {
    await page.getByRole('contentinfo').getByRole('navigation', { name: 'Legal' }).getByRole('link', { name: link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  // The e2e server configures the company, so no placeholder is printed.
  await page.goto('/legal/privacy');
  await expect(page.getByText('Relaydesk Test GmbH').first()).toBeVisible();
  await expect(page.getByText(/placeholder: set/)).toHaveCount(0);
  await expect(page.getByRole('cell', { name: 'instagram_business_manage_messages' })).toBeVisible();
});

test('pricing switches between monthly and yearly prices', async ({ page }) => {
  await page.goto('/pricing');
  await expect(page.getByText('€79', { exact: true })).toBeVisible();
  await page.getByText('Yearly · 2 months free').click();
  await expect(page.getByText('€790 billed yearly')).toBeVisible();
  await expect(page.getByText('€65.83', { exact: true })).toBeVisible();
  // Issue 14: the yearly "€65.83" pushed "/ month" onto a line of its own. Each price and its
  // unit share one line and stay inside their card, on a laptop and on a phone.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    await page.setViewportSize(viewport);
    const prices = page.locator('p').filter({ hasText: /^€[\d.,]+\s\/\smonth$/, visible: true });
    await expect(prices.first()).toBeVisible();
    const boxes = await prices.evaluateAll((elements) => elements.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => {
      const [amount, unit] = [...e.children].map((c) => c.getBoundingClientRect());
      const card = e.closest('article, li, section, div[class*="rounded"]')!.getBoundingClientRect();
      return { amountBottom: amount!.bottom, unitTop: unit!.top, unitRight: unit!.right, cardRight: card.right };
    }));
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) {
      expect(box.unitTop).toBeLessThan(box.amountBottom);
      expect(box.unitRight).toBeLessThanOrEqual(box.cardRight);
    }
  }
  await page.screenshot({ path: 'test-results/screens/pricing-yearly-phone.png', fullPage: true });
});

test('the data deletion form returns a confirmation code that the status page finds', async ({ page }) => {
  await page.goto('/data-deletion');
  // One input per type: only the chosen type's is shown.
  await expect(page.getByRole('textbox', { name: 'Instagram username' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'WhatsApp number' })).toBeHidden();
  await page.getByRole('radio', { name: 'WhatsApp number' }).check();
  await expect(page.getByRole('textbox', { name: 'Instagram username' })).toBeHidden();
  // A bad number comes back with the error and what was typed, and the type still chosen.
  await page.getByRole('textbox', { name: 'WhatsApp number' }).fill('call me');
  await page.getByRole('button', { name: 'Request deletion' }).click();
  await expect(page.getByText('Enter the number with its country code, 8 to 15 digits.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'WhatsApp number' })).toHaveValue('call me');
  await expect(page.getByRole('textbox', { name: 'WhatsApp number' })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('textbox', { name: 'WhatsApp number' }).fill('+49 151 0000 0001');
  await page.getByRole('button', { name: 'Request deletion' }).click();
  // Post/redirect/get: the confirmation lands on the status page, so a reload sends nothing twice.
  await expect(page).toHaveURL(/\/data-deletion\/status\?code=[A-Z2-9]{12}&received=1#received$/);
  const code = (await page.getByTestId('confirmation-code').innerText()).trim();
  expect(code).toMatch(/^[A-Z2-9]{12}$/);
  await expect(page.getByRole('status').filter({ hasText: /received|deleting|deleted/ })).toBeVisible();
  await expect(page.getByLabel('Confirmation code')).toHaveValue(code);

  // A wrong code says so.
  await page.goto('/data-deletion/status?code=NOSUCHCODE23');
  await expect(page.getByRole('status').filter({ hasText: 'We have no deletion request with the code' })).toBeVisible();
  await expect(page.getByTestId('confirmation-code')).toHaveCount(0);
});

test('links from the app to a public page load it as a page (the App Router gets an empty answer for it)', async ({ page }) => {
  const rscAnswers: number[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/' && response.request().headers()['rsc'] === '1') rscAnswers.push(response.status());
  });
  await page.goto('/login');
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Relaydesk home' }).click();
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Every DM and comment in one inbox/);
  expect(rscAnswers.length).toBeGreaterThan(0);
  expect(new Set(rscAnswers)).toEqual(new Set([204]));
});

test('public pages ship no framework JavaScript: only the inline consent script, with the CSP nonce', async ({ page }) => {
  for (const { path } of publicPages) {
    const response = await page.goto(path);
    const html = await response!.text();
    expect(html, path).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html, path).not.toContain('__NEXT_DATA__');
    const scripts = await page.locator('script:not([type="application/json"])').evaluateAll((nodes) => nodes.map((n) => (n as HTMLScriptElement).nonce));
    expect(scripts, path).toHaveLength(1);
    expect(scripts[0], path).toBeTruthy();
  }
});

test('at phone width nothing scrolls sideways and the menu opens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const { path } of publicPages) {
    await page.goto(path);
    await expectNoHorizontalScroll(page);
  }
  await page.goto('/');
  await page.getByText('Menu', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pricing' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Simple pricing for every inbox');
  await page.screenshot({ path: 'test-results/screens/public-pricing-phone.png', fullPage: true });
});
