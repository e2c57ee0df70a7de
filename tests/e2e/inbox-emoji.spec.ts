// Issue 14: the emoji picker was 36 px wide, its grid collapsed and a click on the first emoji
// inserted the second. It must be a real 6-column grid where the clicked emoji is inserted, and
// work from the keyboard.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, uniqueSuffix } from './inbox-helpers';

test('the emoji picker is a usable grid: the clicked emoji is the one inserted, and the keyboard works', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const name = `Emoji Emma ${n}`;
  await customerWrites(browser, { channel: 'Messenger · Demo Shop Page', id: `99000000${n}31`, name, text: 'Hello from Emma' });
  await openConversation(page, name);
  const composer = page.getByLabel('Write a reply');
  await composer.fill('Thanks ');

  await page.getByRole('button', { name: 'Insert emoji' }).click();
  const picker = page.getByRole('dialog', { name: 'Emoji' });
  const cells = picker.getByRole('button');
  await expect(cells).toHaveCount(36);
  const first = (await cells.nth(0).boundingBox())!;
  const second = (await cells.nth(1).boundingBox())!;
  const seventh = (await cells.nth(6).boundingBox())!;
  // Six columns side by side without overlap, the seventh starts the second row.
  expect(first.width).toBeGreaterThanOrEqual(32);
  expect(second.x).toBeGreaterThanOrEqual(first.x + first.width);
  expect(seventh.y).toBeGreaterThanOrEqual(first.y + first.height);
  expect(Math.abs(seventh.x - first.x)).toBeLessThan(2);
  expect((await picker.boundingBox())!.width).toBeGreaterThanOrEqual(6 * 36);
  await page.screenshot({ path: 'test-results/screens/emoji-picker.png' });

  // A real click in the middle of the first emoji inserts that one.
  await page.mouse.click(first.x + first.width / 2, first.y + first.height / 2);
  await expect(composer).toHaveValue('Thanks 😀');
  await expect(picker).toHaveCount(0);

  // Keyboard: focus lands on the grid, arrows move, Enter picks, Escape closes and returns focus.
  await page.getByRole('button', { name: 'Insert emoji' }).press('Enter');
  await expect(picker.getByRole('button', { name: 'grinning face' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(picker.getByRole('button', { name: 'sweat smile' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(composer).toHaveValue('Thanks 😀😅');
  await page.getByRole('button', { name: 'Insert emoji' }).press('Enter');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Insert emoji' })).toBeFocused();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('button', { name: 'Insert emoji' }).click();
  const box = (await picker.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screens/emoji-picker-phone.png' });
});
