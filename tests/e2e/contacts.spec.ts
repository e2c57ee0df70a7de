// Contacts: the same person writes on Instagram and WhatsApp; the owner finds them in
// /contacts, opens the contact page, edits their details, follows the email suggestion to the
// merge preview, merges, and sees one person with both identities and both conversations.
// Screenshots at 1280×800 and 390×844 go to test-results/screens/.
import { expect, test, type Page } from '@playwright/test';
import { customerWrites, logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

async function openContact(page: Page, search: string, name: string) {
  await page.goto(`/contacts?q=${encodeURIComponent(search)}`);
  const list = page.getByRole('region', { name: 'Contacts' });
  await expect(async () => {
    await page.reload();
    await expect(list.getByRole('link', { name: new RegExp(name) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await list.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function saveEmail(page: Page, email: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Contact saved.' })).toBeVisible();
}

test('list → contact page → edit → merge Instagram and WhatsApp into one person', async ({ page, browser }) => {
  await logInAsDemoOwner(page);
  const n = uniqueSuffix();
  const igName = `Mara IG ${n}`;
  const waName = `Mara WA ${n}`;
  await customerWrites(browser, { channel: 'Instagram @demo.shop', id: `17841${n}55`, name: igName, text: 'Do you ship to Porto?' });
  await customerWrites(browser, { channel: 'WhatsApp +15550783881 (Demo Shop)', id: `351910${n}`, name: waName, text: 'Hi, it is Mara again' });

  // The Contacts nav item, search by name, and the list on desktop.
  await page.goto('/inbox');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await openContact(page, `Mara IG ${n}`, igName);
  await page.goto(`/contacts?q=${encodeURIComponent(`Mara`)}`);
  await page.screenshot({ path: 'test-results/screens/contacts-list.png' });

  // Edit the Instagram contact: name, email, phone, notes.
  await openContact(page, `Mara IG ${n}`, igName);
  await page.getByLabel('Name').fill(`Mara Costa ${n}`);
  await page.getByLabel('Phone').fill('+351 910 000 000');
  await page.getByLabel('Notes').fill('Prefers WhatsApp. Ships to Porto.');
  await saveEmail(page, `mara${n}@example.com`);
  await expect(page.getByRole('heading', { level: 1, name: `Mara Costa ${n}` })).toBeVisible();
  // A bad email is refused next to the field and loses nothing typed.
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByLabel('Notes')).toHaveValue('Prefers WhatsApp. Ships to Porto.');
  await saveEmail(page, `mara${n}@example.com`);
  const personUrl = page.url();

  // The WhatsApp contact gets the same email (searching by its number): a suggestion appears.
  await openContact(page, `351910${n}`, waName);
  await saveEmail(page, `MARA${n}@example.com`);
  await page.goto(personUrl);
  const suggestions = page.getByRole('region', { name: 'Possibly the same person' });
  await expect(suggestions.getByText(waName)).toBeVisible();
  await suggestions.getByRole('link', { name: 'Review merge' }).click();

  // The preview says what happens before anything changes.
  await expect(page.getByRole('heading', { name: 'Merge contacts' })).toBeVisible();
  await expect(page.getByText('One person with 2 channel identities and 2 conversations.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Keep' })).toContainText(`Mara Costa ${n}`);
  await expect(page.getByRole('region', { name: 'Merge in' })).toContainText(waName);
  await page.screenshot({ path: 'test-results/screens/contacts-merge-preview.png', fullPage: true });
  await page.getByRole('button', { name: `Merge into Mara Costa ${n}` }).click();

  // One person: both identities, both conversations, and the list shows one row.
  await expect(page).toHaveURL(new RegExp(`${new URL(personUrl).pathname}\\?merged=1`));
  await expect(page.getByRole('status').filter({ hasText: 'Contacts merged' })).toBeVisible();
  const identities = page.getByRole('region', { name: 'Channel identities' });
  await expect(identities.getByText('Instagram', { exact: true }).first()).toBeVisible();
  await expect(identities.getByText(`+351910${n}`, { exact: false })).toBeVisible();
  const conversations = page.getByRole('region', { name: 'Conversations' });
  await expect(conversations.getByRole('link')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/screens/contacts-person.png', fullPage: true });
  await page.goto(`/contacts?q=${encodeURIComponent(`351910${n}`)}`);
  await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('link')).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Contacts' }).getByRole('link')).toContainText(`Mara Costa ${n}`);

  // The inbox's contact panel links to the person and shows their details.
  await page.goto(personUrl);
  await page.getByRole('region', { name: 'Conversations' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/inbox\?/);
  const panelLink = page.getByRole('link', { name: 'View contact' });
  await expect(panelLink).toBeVisible();
  await expect(page.getByText(`mara${n}@example.com`).first()).toBeVisible();
  await panelLink.click();
  await expect(page.getByRole('heading', { level: 1, name: `Mara Costa ${n}` })).toBeVisible();

  // Mobile layout: list and contact page at 390×844, keyboard reachable rows.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/contacts?q=${encodeURIComponent('Mara')}`);
  await page.getByRole('searchbox', { name: 'Search' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Contacts' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/contacts-list-mobile.png', fullPage: true });
  await page.goto(personUrl);
  await page.screenshot({ path: 'test-results/screens/contacts-person-mobile.png', fullPage: true });
});

test('empty search, import preview with row errors, and export download', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/contacts?q=zz-nobody-matches-this');
  await expect(page.getByText('No contacts match these filters.')).toBeVisible();

  await page.goto('/contacts/import');
  const n = uniqueSuffix();
  await page.getByLabel('CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(`name,email,phone\nNew ${n},new${n}@example.com,+351911${n}\nBad,not-an-email,\n`) });
  await page.getByLabel('New contacts from phone numbers').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Preview people.csv' }).click();
  await expect(page.getByText('Preview — nothing has been saved yet')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bad/ })).toContainText('valid email');
  await page.screenshot({ path: 'test-results/screens/contacts-import-preview.png', fullPage: true });
  await page.getByRole('button', { name: 'Import 1 contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 0 updated, 1 created, 1 skipped.' })).toBeVisible();

  await page.goto('/contacts');
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export CSV' }).click();
  const file = await (await download).path();
  const { readFileSync } = await import('node:fs');
  const text = readFileSync(file, 'utf8');
  expect(text.split('\r\n')[0]).toMatch(/^id,name,email,phone,notes,channels,handles,last_seen,created_at/);
  expect(text).toContain(`new${n}@example.com`);
  // Phone numbers start with + and are written with the formula-safe apostrophe.
  expect(text).toContain(`'+351911${n}`);
});
