// Issue 14: switching workspaces updates everything at once — the select, the header and the
// role-based navigation — without a reload; and the navigation never offers a page the role
// cannot open (the agent role sees no "AI assistant", no 403 page is one click away).
import { expect, test, type Page } from '@playwright/test';
import { acceptInviteAsNewUser, latestEmail, signUpAndVerify, uniqueEmail } from './helpers';

const sidebar = (page: Page) => page.getByRole('complementary', { name: 'Sidebar' });

test('a teammate who is an agent in one workspace and owner of another switches between them', async ({ page, browser, request }) => {
  // A workspace of its own to invite into: the shared demo's trial seats belong to team.spec.
  const hq = `Switch HQ ${Date.now().toString().slice(-5)}`;
  await signUpAndVerify(page, request, { name: 'Hana Host', email: uniqueEmail('switch-host'), workspace: hq });
  const email = uniqueEmail('switcher');
  await page.goto('/team');
  await page.getByLabel('Email', { exact: false }).first().fill(email);
  await page.getByLabel('Role').first().selectOption('agent');
  await page.getByRole('button', { name: /invite/i }).first().click();
  await expect(page.getByText(email).first()).toBeVisible();
  const link = (await latestEmail(request, email, /invite|join/i)).links.find((l) => l.includes('/invite/'))!;

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const teammate = await context.newPage();
  await acceptInviteAsNewUser(teammate, link, 'Sami Switcher');

  // As an agent in the host's workspace: no AI assistant, billing or audit log in the navigation.
  const nav = sidebar(teammate).getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link')).toHaveText(['Inbox', 'Contacts', 'Channels', 'Reports', 'Team', 'Settings']);
  for (const href of await nav.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) {
    await teammate.goto(href);
    await expect(teammate.getByRole('heading', { name: 'You do not have access to this page' })).toHaveCount(0);
  }

  // Their own workspace, where they are the owner.
  const ownName = `Sami Shop ${Date.now().toString().slice(-5)}`;
  await teammate.goto('/workspaces/new');
  await teammate.getByLabel('Workspace name').fill(ownName);
  await teammate.getByRole('button', { name: 'Create workspace' }).click();
  await expect(teammate).toHaveURL(/\/inbox$/);
  const switcher = sidebar(teammate).getByRole('combobox', { name: 'Workspace' });
  await expect(switcher.locator('option:checked')).toHaveText(ownName);
  await expect(nav.getByRole('link', { name: 'AI assistant' })).toBeVisible();
  await expect(teammate.getByRole('banner')).toContainText(`${ownName} · Owner`);

  // Switch to the host's workspace from the inbox: select, header and navigation follow without a reload.
  await teammate.evaluate(() => ((window as unknown as { stayedMounted: boolean }).stayedMounted = true));
  await switcher.selectOption({ label: hq });
  await expect(teammate.getByRole('banner')).toContainText(`${hq} · Agent`);
  await expect(switcher.locator('option:checked')).toHaveText(hq);
  await expect(nav.getByRole('link')).toHaveText(['Inbox', 'Contacts', 'Channels', 'Reports', 'Team', 'Settings']);
  expect(await teammate.evaluate(() => (window as unknown as { stayedMounted?: boolean }).stayedMounted)).toBe(true);
  await teammate.screenshot({ path: 'test-results/screens/workspace-switched.png' });

  // And back, on a phone, through the menu.
  await teammate.setViewportSize({ width: 390, height: 844 });
  await teammate.getByText('Menu', { exact: true }).click();
  const phoneMenu = teammate.getByRole('banner').getByRole('navigation', { name: 'Main' });
  await phoneMenu.getByRole('combobox', { name: 'Workspace' }).selectOption({ label: ownName });
  // The switch is a server round trip: wait for the header to name the new workspace before
  // reopening the menu (opening it earlier raced the re-render that closes it).
  await expect(teammate.getByRole('banner')).toContainText(`${ownName} · Owner`);
  if (!(await phoneMenu.isVisible())) await teammate.getByText('Menu', { exact: true }).click();
  await expect(phoneMenu.getByRole('link', { name: 'AI assistant' })).toBeVisible();
  await expect(phoneMenu.getByRole('combobox', { name: 'Workspace' }).locator('option:checked')).toHaveText(ownName);
  await teammate.screenshot({ path: 'test-results/screens/workspace-switched-phone.png' });
  await context.close();
});
