import { expect, test } from '@playwright/test';
import { logInAsDemoOwner } from './inbox-helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('the dashboard works at phone width: menu navigation, no horizontal scrolling', async ({ page }) => {
  await page.goto('/signup');
  await page.screenshot({ path: 'test-results/screens/phone-signup.png', fullPage: true });
  await logInAsDemoOwner(page);

  // The sidebar is hidden; the Menu disclosure holds the same navigation.
  await expect(page.getByRole('complementary', { name: 'Sidebar' })).toBeHidden();
  await page.getByText('Menu').click();
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page).toHaveURL(/\/team$/);

  for (const path of ['/inbox', '/team', '/settings/account', '/audit']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screens/phone${path.replace(/\//g, '-')}.png`, fullPage: true });
  }
});
