// /reports: charts and their tables render from real conversations, the filters (in the URL)
// change both, each table downloads as CSV, and an empty range says so.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

test('reports show charts and tables, filter by channel and range, and download CSV', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  await (await customerWrites(browser, { id: `1555760${n}`, name: `Report Rae ${n}`, text: 'Do you ship to Norway?' })).close();

  await page.getByRole('navigation', { name: 'Main' }).first().getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/reports/);
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();

  const volume = page.locator('[data-section="volume"]');
  // The chart is drawn (recharts SVG bars) and the table beside it has today's WhatsApp conversation.
  await expect(volume.locator('[data-chart] .recharts-bar-rectangle').first()).toBeVisible();
  const table = volume.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Instagram', 'Messenger', 'WhatsApp', 'Total']);
  const todayRow = table.getByRole('row').last();
  await expect(todayRow.getByRole('cell').nth(2)).not.toHaveText('0');
  for (const id of ['response-times', 'handoffs', 'drafts', 'members', 'busiest-hours', 'csat']) await expect(page.locator(`[data-section="${id}"]`)).toBeVisible();
  // The charts sit in aria-hidden wrappers: nothing inside them may take keyboard focus
  // (recharts 3's accessibilityLayer would make each SVG a silent tab stop).
  await expect(page.locator('[data-chart]').first()).toBeVisible();
  expect(await page.locator('[data-chart] [tabindex]:not([tabindex="-1"]), [data-chart] a[href], [data-chart] button').count()).toBe(0);
  await expect(page.locator('[data-section="members"]').getByRole('table')).toContainText('Demo');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: 'test-results/screens/reports-desktop.png', fullPage: true });

  // Channel filter: the URL keeps it, the table and the chart narrow to Instagram.
  await page.getByRole('combobox', { name: 'Channel', exact: true }).selectOption({ label: 'Instagram' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/channel=instagram/);
  await expect(table.getByRole('columnheader')).toHaveText(['Day', 'Instagram', 'Total']);
  await expect(page.getByText(/All channels|Instagram ·/).first()).toBeVisible();

  // CSV of the visible table, with the same filters.
  const downloadPromise = page.waitForEvent('download');
  await volume.getByRole('link', { name: /Download CSV/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^relaydesk-volume-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}-instagram\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Day,Instagram,Total');

  // A range with nothing in it: an empty state, not broken charts.
  await page.goto('/reports?from=2020-01-01&to=2020-01-07');
  await expect(page.getByRole('status').filter({ hasText: 'No conversations in this range' })).toBeVisible();
  await expect(page.locator('[data-section="handoffs"]')).toContainText('No handoffs in this range.');

  // Mobile: filters and sections stack; nothing overflows the viewport.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/reports');
  await expect(page.locator('[data-section="volume"] [data-chart] .recharts-bar-rectangle').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screens/reports-mobile.png', fullPage: true });
});
