import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner } from './inbox-helpers';

// Labels: created in settings, applied in a conversation, used as a list filter. Notes: a note
// mentioning a teammate shows up with the mention highlighted. (Email batching is covered by
// tests/integration/inbox-collab.test.ts: the job waits two minutes to collapse bursts.)
test('labels and notes with mentions in a conversation', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await logInAsDemoOwner(page);
  await expect(page).toHaveURL(/\/inbox/);
  const switcher = page.getByRole('combobox', { name: /workspace/i }).first();
  if (await switcher.isVisible() && (await switcher.inputValue()) && !(await switcher.locator('option:checked').innerText()).includes('Demo Shop')) {
    await switcher.selectOption({ label: 'Demo Shop' });
  }

  // The demo workspace may have no other member: the mention step then only checks that the
  // autocomplete stays closed and the note is saved (mention resolution is integration-tested).
  const suffix = Date.now().toString(36);
  const labelName = `VIP ${suffix}`;

  // 1. Create a label in settings (and see the uniqueness error for a duplicate).
  await page.goto('/settings/labels');
  await expect(page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Labels' })).toHaveAttribute('aria-current', 'page');
  await page.getByLabel('Name').fill(labelName);
  await page.getByRole('radio', { name: 'Amber' }).check({ force: true });
  await page.getByRole('button', { name: 'Create label' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Label "${labelName}" created.` })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Labels' }).getByText(labelName)).toBeVisible();
  await page.getByLabel('Name').fill(labelName.toLowerCase());
  await page.getByRole('button', { name: 'Create label' }).click();
  await expect(page.getByRole('alert').first()).toContainText('already exists');
  await page.screenshot({ path: 'test-results/screens/labels-settings.png', fullPage: true });

  // 2. A conversation from the simulator.
  await customerWrites(browser, { id: `1555${String(Date.now()).slice(-7)}`, name: `Label Lena ${suffix}`, text: 'Do you ship to Lisbon?' });

  // 3. Apply the label in the conversation.
  await page.goto('/inbox');
  await page.getByRole('link', { name: new RegExp(`Label Lena ${suffix}`) }).first().click();
  await expect(page).toHaveURL(/c=/);
  await page.getByRole('button', { name: 'Edit labels' }).click();
  await page.getByLabel('Search labels').fill(suffix);
  await page.getByRole('checkbox', { name: labelName }).check();
  await expect(page.getByRole('checkbox', { name: labelName })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.screenshot({ path: 'test-results/screens/labels-editor.png' });

  // 4. Filter the list by it.
  await page.goto('/inbox');
  await page.getByLabel('Label', { exact: true }).selectOption({ label: labelName });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/label=/);
  const list = page.getByRole('list', { name: 'Conversations' });
  await expect(list.getByRole('link', { name: new RegExp(`Label Lena ${suffix}`) })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);

  // 5. A note with an @mention via the autocomplete (keyboard only).
  await list.getByRole('link').first().click();
  const note = page.getByRole('combobox', { name: 'Add a note' });
  await note.pressSequentially('Please check stock @');
  const options = page.getByRole('listbox', { name: 'Teammates' }).getByRole('option');
  const teammates = await options.count();
  if (teammates > 0) {
    const name = (await options.first().innerText()).trim();
    await note.press('ArrowDown');
    await note.press('ArrowUp');
    await note.press('Enter');
    await expect(note).toHaveValue(`Please check stock @${name} `);
  } else {
    await note.press('Backspace');
  }
  await note.pressSequentially('before Friday');
  await page.getByRole('button', { name: 'Add note' }).click();
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes.getByText(/before Friday/)).toBeVisible();
  await expect(page.getByText('Only your team sees notes')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/notes.png' });

  // 6. Email alert preferences live on the account page.
  await page.goto('/settings/account');
  await page.getByLabel('Mentions').uncheck();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Notification preferences saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Mentions')).not.toBeChecked();
  await page.getByLabel('Mentions').check();
  await page.getByRole('button', { name: 'Save preferences' }).click();
});
