// The inbox search finds words from their beginning ("sourdou" finds "sourdough"), in message
// text and contact names, on desktop and phone widths.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

test('search matches the beginning of a word in messages and contact names', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  await customerWrites(browser, { id: `1555760${n}`, name: `Baker Bea ${n}`, text: `Do you have sourdough${n} loaves today?` });
  await customerWrites(browser, { id: `1555770${n}`, name: `Prefixia${n} Quinn`, text: 'Just saying hello' });
  const list = page.getByRole('list', { name: 'Conversations' });
  await page.goto('/inbox');
  await expect(async () => {
    await page.reload();
    await expect(list.getByRole('link', { name: new RegExp(`Prefixia${n} Quinn`) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  // Part of a word in a message: "sourdou…" (the number keeps the search to this run's rows).
  await page.getByRole('searchbox', { name: 'Search messages and contacts' }).fill(`sourdough${n}`.slice(0, -2));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(list.getByRole('link', { name: new RegExp(`Baker Bea ${n}`) })).toBeVisible();
  await expect(list.getByRole('link', { name: new RegExp(`Prefixia${n} Quinn`) })).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/inbox-search-prefix.png' });

  // Part of a contact's name, on a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/inbox?q=${encodeURIComponent(`prefixia${n}`.slice(0, -1))}`);
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link', { name: new RegExp(`Prefixia${n} Quinn`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-search-prefix-mobile.png' });
});
