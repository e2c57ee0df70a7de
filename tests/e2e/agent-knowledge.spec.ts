import { expect, test } from '@playwright/test';
import { makeDocxBomb } from '../support/bomb-fixtures';
import { logInAsDemoOwner, uniqueSuffix } from './inbox-helpers';

test('knowledge files: upload a Markdown file with progress until Ready, refuse an unsupported file, delete', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/agent/knowledge');
  await expect(page.getByRole('heading', { name: 'Knowledge files', level: 1 })).toBeVisible();
  await expect(page.getByText(/up to 10 MB each/)).toBeVisible();

  // Unique content: the same bytes twice in a workspace are refused as a duplicate.
  const suffix = uniqueSuffix();
  const name = `shipping-${suffix}.md`;
  const markdown = `# Shipping\n\nWe ship to the Canary Islands in 5 days (order ${suffix}).\n\n# Returns\n\nReturns are free within 30 days.\n`;
  await page.getByLabel('Choose files').setInputFiles({ name, mimeType: 'text/markdown', buffer: Buffer.from(markdown) });

  await expect(page.getByRole('progressbar', { name: `Upload of ${name}` })).toBeVisible();
  const uploadStatus = page.getByRole('list', { name: 'Uploads' }).getByRole('status');
  await expect(uploadStatus).toHaveText(/Uploaded — indexing…|Ready — /);

  // The list refreshes itself while the file is processing, until the job has indexed it.
  const files = page.getByRole('list', { name: 'Knowledge files' });
  const row = files.getByRole('listitem').filter({ hasText: name });
  await expect(row).toBeVisible();
  await expect(row.getByText('Ready', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('2 passages');
  await expect(row).toContainText('Markdown');
  // The upload panel follows the list: no "indexing…" next to a file the list shows Ready (issue 14).
  await expect(uploadStatus).toHaveText('Ready — 2 passages the assistant can quote.');
  await page.screenshot({ path: 'test-results/screens/knowledge-ready.png', fullPage: true });

  // An image is refused with the list of supported formats, and nothing is added.
  const png = `logo-${suffix}.png`;
  await page.getByLabel('Choose files').setInputFiles({ name: png, mimeType: 'image/png', buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]) });
  await expect(page.getByRole('alert').filter({ hasText: /cannot read a PNG image.*Markdown \(\.md\)/ })).toBeVisible();
  await expect(files.getByRole('listitem').filter({ hasText: png })).toHaveCount(0);

  // Delete asks first.
  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(files.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});

test('knowledge files: a decompression bomb fails for good with the reason, and offers no Retry', async ({ page }) => {
  await logInAsDemoOwner(page);
  await page.goto('/agent/knowledge');
  const name = `handbook-${uniqueSuffix()}.docx`;
  // ≈ 900 KB on the wire; its document.xml inflates to 300 MB.
  const buffer = await makeDocxBomb({ inflatedMb: 300, salt: name });
  await page.getByLabel('Choose files').setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer });
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded — indexing…' })).toBeVisible();

  const row = page.getByRole('list', { name: 'Knowledge files' }).getByRole('listitem').filter({ hasText: name });
  await expect(row.getByText('Failed', { exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText('Part of this file is compressed more than 100 to 1, which documents never are (it looks like a decompression bomb). It was not read, and will not be retried');
  await expect(row.getByRole('button', { name: `Retry ${name}` })).toHaveCount(0);
  await expect(row.getByRole('button', { name: `Delete ${name}` })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/knowledge-bomb-desktop.png', fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/screens/knowledge-bomb-phone.png' });

  page.once('dialog', (dialog) => void dialog.accept());
  await row.getByRole('button', { name: `Delete ${name}` }).click();
  await expect(row).toHaveCount(0);
});
