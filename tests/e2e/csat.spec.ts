// CSAT end to end (issue 17): the owner turns the survey on, closes a conversation whose
// messaging window is open (a WhatsApp customer who just wrote through the Meta simulator), the
// simulated customer receives the question (the simulator captures the app's sends), answers
// with a score, and /reports shows the CSAT score.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, simulatorReceived, uniqueSuffix } from './inbox-helpers';

async function setCsat(page: import('@playwright/test').Page, on: boolean) {
  await page.goto('/settings/workspace');
  const section = page.getByRole('region', { name: 'Customer satisfaction (CSAT)' });
  const box = section.getByRole('checkbox', { name: 'Ask customers to rate closed conversations' });
  await page.waitForLoadState('networkidle');
  if (on) await box.check();
  else await box.uncheck();
  await section.getByRole('button', { name: 'Save' }).click();
  await expect(section.getByRole('status')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Customer satisfaction (CSAT)' }).getByRole('checkbox')).toBeChecked({ checked: on });
}

test('CSAT: enable, close an open-window conversation, the customer answers, /reports shows the score', async ({ page, browser, request }) => {
  const n = uniqueSuffix();
  const name = `Csat Carla ${n}`;
  const id = `4477009${n}`;
  await logInAsDemoOwner(page);
  await setCsat(page, true);
  try {
    // The customer writes: the 24-hour window is open.
    await (await customerWrites(browser, { id, name, text: 'Where is my parcel?' })).close();
    await openConversation(page, name);
    await page.getByRole('button', { name: 'Close', exact: true }).first().click();
    await expect(page.getByRole('button', { name: 'Reopen' }).first()).toBeVisible();

    // The survey question reached the customer (the simulator's capture of the app's sends).
    await simulatorReceived(request, 'How would you rate our help?');

    // The customer answers "5".
    await (await customerWrites(browser, { id, name, text: '5' })).close();

    await expect(async () => {
      await page.goto('/reports');
      const csat = page.getByRole('region', { name: /Customer satisfaction/ });
      await expect(csat.getByText('CSAT score')).toBeVisible({ timeout: 2_000 });
      await expect(csat.getByText(/^[1-9]\d* of \d+$/)).toBeVisible({ timeout: 2_000 });
      await expect(csat.getByText(/^\d+(\.\d+)?\s?%$/).first()).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await page.getByRole('region', { name: /Customer satisfaction/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/csat-reports.png', fullPage: false });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: /Customer satisfaction/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screens/csat-reports-phone.png', fullPage: false });
  } finally {
    // Other specs close conversations too: leave the demo workspace as it was.
    await page.setViewportSize({ width: 1280, height: 800 });
    await setCsat(page, false);
  }
});
