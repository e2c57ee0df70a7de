// Issue 14, cosmetic but visible: the voice-note chip squeezed its file name to nothing, the
// sticky day chip sat on top of messages, and the label picker was clipped by the contact
// panel. Checked with boxes (not pixels) at a laptop and a phone width, with screenshots.
import { expect, test, type Page } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, openConversation, uniqueSuffix } from './inbox-helpers';

type Box = { x: number; y: number; width: number; height: number };
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const viewports = [{ width: 1280, height: 800 }, { width: 390, height: 844 }];

/** The thread's day chips and message rows, in viewport coordinates, as they are drawn now. */
async function dayChipsAndMessages(page: Page) {
  return page.getByRole('region', { name: 'Messages', exact: true }).evaluate((scroller) => {
    const view = scroller.getBoundingClientRect();
    const visible = (r: DOMRect) => r.bottom > view.top && r.top < view.bottom;
    const rect = (r: DOMRect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
    return {
      chips: [...scroller.querySelectorAll('section > h3 > span')].map((e) => e.getBoundingClientRect()).filter(visible).map(rect),
      messages: [...scroller.querySelectorAll('section > ol > li')].map((e) => e.getBoundingClientRect()).filter(visible).map(rect),
    };
  });
}

test('day chips, the label picker and the voice-note chip are laid out whole at 1280×800 and 390×844', async ({ page, browser }) => {
  // Six simulated deliveries and two viewports on a shared 2-core machine.
  test.setTimeout(240_000);
  const suffix = uniqueSuffix();
  const name = `Layout Lou ${suffix}`;
  const id = `1556${suffix}`;
  // Two days of messages: enough for a day chip above each group, and enough to scroll.
  for (const [index, hoursAgo] of [30, 29, 28, 3, 2, 1].entries()) {
    const customer = await customerWrites(browser, { id, name, text: `Message ${index + 1}: do you still have the blue mug in stock, and could you ship it to Porto by Friday?`, hoursAgo });
    await customer.close();
  }
  await logInAsDemoOwner(page);
  await openConversation(page, name);

  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    const phone = viewport.width < 1024;

    // Day chips: never drawn over a message, at rest and scrolled through the thread.
    const scroller = page.getByRole('region', { name: 'Messages', exact: true });
    await expect(scroller.locator('section > h3').first()).toBeVisible();
    let chipsSeen = 0;
    for (const position of ['bottom', 'middle', 'top'] as const) {
      await scroller.evaluate((el, where) => { el.scrollTop = where === 'top' ? 0 : where === 'bottom' ? el.scrollHeight : el.scrollHeight / 2 - el.clientHeight / 2 + 37; }, position);
      await page.waitForTimeout(100);
      const { chips, messages } = await dayChipsAndMessages(page);
      chipsSeen += chips.length;
      for (const chip of chips) for (const message of messages) expect(intersects(chip, message), `${viewport.width}px, ${position}: day chip ${JSON.stringify(chip)} over message ${JSON.stringify(message)}`).toBe(false);
      await page.screenshot({ path: `test-results/screens/thread-day-chip-${position}-${viewport.width}.png` });
    }
    expect(chipsSeen, 'a day chip was in view somewhere').toBeGreaterThan(1);

    // The label picker opens whole, inside the viewport, and nothing clips it.
    if (phone) await page.getByRole('button', { name: 'Contact', exact: true }).click();
    await page.getByRole('button', { name: 'Edit labels' }).click();
    const picker = page.getByRole('group', { name: 'Apply labels' });
    await expect(picker).toBeVisible();
    await picker.scrollIntoViewIfNeeded();
    const box = (await picker.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    // Each corner of the picker (inside its rounding) is the picker's (an ancestor's overflow would hide it).
    const corners = await picker.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return [[r.left + 14, r.top + 14], [r.right - 14, r.top + 14], [r.left + 14, r.bottom - 14], [r.right - 14, r.bottom - 14]].map(([x, y]) => el.contains(document.elementFromPoint(x!, y!)));
    });
    expect(corners).toEqual([true, true, true, true]);
    await expect(picker.getByRole('searchbox', { name: 'Search labels' })).toBeInViewport({ ratio: 1 });
    await page.screenshot({ path: `test-results/screens/label-picker-${viewport.width}.png` });
    await page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
    // Escape may close the slide-over too; close it if it is still open.
    const closePanel = page.getByRole('button', { name: 'Close contact panel' });
    if (phone && await closePanel.isVisible()) await closePanel.click();

    // A voice note attached in the composer: its name is readable next to the player.
    const fileName = `voice-note-${suffix}.ogg`;
    await page.getByLabel('Attach a file').setInputFiles({ name: fileName, mimeType: 'audio/ogg', buffer: Buffer.concat([Buffer.from('OggS'), Buffer.alloc(2048)]) });
    const chipName = page.getByText(fileName, { exact: true });
    await expect(chipName).toBeVisible();
    await expect(page.getByText(/ready to send/)).toBeVisible();
    const nameFits = await chipName.evaluate((e) => ({ full: e.scrollWidth <= e.clientWidth + 1, width: e.clientWidth }));
    expect(nameFits.full, `the name is cut off (${nameFits.width}px wide)`).toBe(true);
    const chip = page.getByRole('button', { name: 'Remove' }).locator('..');
    const chipBox = (await chip.boundingBox())!;
    expect(chipBox.x + chipBox.width).toBeLessThanOrEqual(viewport.width);
    await page.screenshot({ path: `test-results/screens/voice-note-chip-${viewport.width}.png` });
    await page.getByRole('button', { name: 'Remove' }).click();
    await expect(chipName).toBeHidden();
  }
});
