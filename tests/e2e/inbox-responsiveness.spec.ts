// Issue 14: Send and "Approve & send" must settle as soon as the server has queued the message,
// not when the page has finished re-rendering afterwards (5–15 s on a busy server). The tests
// hold every page refresh (RSC GET) for a long time: whatever the buttons show meanwhile can only
// come from the server actions' own answers. An approved AI draft then reads "Written by AI ·
// approved by <name>", also when its text has line breaks (a browser posts them as CRLF).
import { expect, test, type Page } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, uniqueSuffix } from './inbox-helpers';

const HOLD_MS = 40_000;

/** Holds the page's RSC refreshes (router.refresh, the live stream's refreshes) until released. */
async function holdRefreshes(page: Page): Promise<() => Promise<void>> {
  let released = false;
  const waiting: (() => void)[] = [];
  await page.route('**/inbox**', async (route) => {
    const request = route.request();
    if (request.method() === 'GET' && request.headers()['rsc'] === '1' && !released) {
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, HOLD_MS);
      });
    }
    await route.continue().catch(() => {});
  });
  return async () => {
    released = true;
    waiting.splice(0).forEach((resolve) => resolve());
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  };
}

test('Send is ready again as soon as the reply is queued, before the page refresh arrives', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const name = `Quick Quinn ${n}`;
  await customerWrites(browser, { channel: 'Messenger · Demo Shop Page', id: `99000000${n}21`, name, text: 'Is the blue jacket back?' });
  await openConversation(page, name);

  const release = await holdRefreshes(page);
  const composer = page.getByLabel('Write a reply');
  const reply = `Yes, since Monday (${n})`;
  await composer.fill(reply);
  await composer.press('Enter');
  // Queued: the text is gone and Send is usable again while the refresh is still held.
  await expect(composer).toHaveValue('');
  await composer.fill('And a second one');
  await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Sending…' })).toHaveCount(0);
  await release();
  await expect(page.getByText(reply).first()).toBeVisible({ timeout: 20_000 });
});

test('Approve & send settles at once, and the bubble says the AI wrote it and who approved it', async ({ page, browser, baseURL }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const name = `Approve Ada ${n}`;
  await customerWrites(browser, { id: `1555820${n}`, name, text: 'Do you ship to Porto?' });
  const conversationId = await openConversation(page, name);
  const reply = `Hi! I'm an AI assistant.\n\nYes, we ship to Porto in 2–3 days (${n}).`;
  const created = await page.request.post('/api/dev/inbox/drafts', { data: { conversationId, text: reply }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  await page.reload();
  const draft = page.getByRole('region', { name: 'Suggested reply' });
  await expect(draft.getByLabel('Suggested reply text')).toHaveValue(reply);

  const release = await holdRefreshes(page);
  await draft.getByRole('button', { name: 'Approve & send' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Approved' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sending…' })).toHaveCount(0);
  await release();

  await expect(page.getByRole('region', { name: 'Suggested reply' })).toHaveCount(0, { timeout: 20_000 });
  const bubble = page.getByRole('listitem').filter({ hasText: `Porto in 2–3 days (${n})` }).last();
  await expect(bubble.getByText('Written by AI · approved by Demo Owner')).toBeVisible({ timeout: 20_000 });
  await expect(bubble.getByText('AI', { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-approved-draft.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/screens/inbox-approved-draft-phone.png', fullPage: true });
});
