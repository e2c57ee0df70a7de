// Search and filters narrow the conversation list, and the URL keeps the view.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

test('search and filters narrow the list', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  await customerWrites(browser, { id: `1555740${n}`, name: `Filter Fay ${n}`, text: `Do you sell aubergine${n} scarves?` });
  await customerWrites(browser, { id: `1555750${n}`, name: `Filter Gus ${n}`, text: 'Where is my parcel?' });
  await page.goto('/inbox');
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(async () => {
    await page.reload();
    await expect(list.getByRole('link', { name: new RegExp(`Filter Gus ${n}`) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(list.getByRole('link', { name: new RegExp(`Filter Fay ${n}`) })).toBeVisible();

  // Full-text search over message text.
  await page.getByRole('searchbox', { name: 'Search messages and contacts' }).fill(`aubergine${n}`);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(new RegExp(`q=aubergine${n}`));
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link', { name: new RegExp(`Filter Fay ${n}`) })).toBeVisible();

  // Contact names are searched too; the shared URL reproduces the view.
  await page.goto(`/inbox?q=${encodeURIComponent(`Gus ${n}`)}`);
  await expect(list.getByRole('link')).toHaveCount(1);
  await expect(list.getByRole('link', { name: new RegExp(`Filter Gus ${n}`) })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-search.png' });

  // A channel filter without these WhatsApp conversations leaves them out.
  await page.goto('/inbox');
  // A dropdown applies on change, without an extra Apply click (issue 14).
  await page.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'All Instagram' });
  await expect(page).toHaveURL(/channel=instagram/);
  await expect(list.getByRole('link', { name: new RegExp(`Filter (Fay|Gus) ${n}`) })).toHaveCount(0);
});
