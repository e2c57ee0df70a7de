// Who handles a conversation, AI drafts and bulk actions, end to end against the Meta simulator.
// Drafts come from POST /api/dev/inbox/drafts until the AI agent (issue 6) writes them.
import { expect, test } from '@playwright/test';
import { customerWrites, logInAsDemoOwner as logIn, openConversation, simulatorReceived } from './inbox-helpers';

/** A DM from a new simulated WhatsApp customer; returns once the app accepted the webhook. */
const unique = () => `${Date.now()}`.slice(-7);

test('an AI draft is approved and the simulator receives it', async ({ page, browser, baseURL }) => {
  await logIn(page);
  const n = unique();
  const name = `Draft Dana ${n}`;
  await customerWrites(browser, { id: `1555800${n}`, name, text: 'Do you ship to Lisbon?' });
  const conversationId = await openConversation(page, name);

  const reply = `Yes, we ship to Lisbon in 2–3 days (${n}).`;
  const created = await page.request.post('/api/dev/inbox/drafts', { data: { conversationId, text: reply }, headers: { origin: baseURL! } });
  expect(created.status()).toBe(201);
  await page.reload();

  const draft = page.getByRole('region', { name: 'Suggested reply' });
  await expect(draft.getByLabel('Suggested reply text')).toHaveValue(reply);
  await page.screenshot({ path: 'test-results/screens/inbox-draft.png', fullPage: true });
  await draft.getByRole('button', { name: 'Approve & send' }).click();

  await expect(page.getByRole('region', { name: 'Suggested reply' })).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByText(reply).first()).toBeVisible();
  await simulatorReceived(page.request, reply);
});

test('take over, then hand back to the AI', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const name = `Handover Hugo ${n}`;
  // Small talk: the agent drafts a greeting and keeps the conversation (asking for a person would hand it over by itself).
  await customerWrites(browser, { id: `1555810${n}`, name, text: 'Hi there!' });
  await openConversation(page, name);

  await page.getByRole('button', { name: 'Take over' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You are handling this conversation' })).toBeVisible();
  await expect(page.getByText(/You took over/).first()).toBeAttached(); // in the badge's accessible name and the actions menu
  await page.screenshot({ path: 'test-results/screens/inbox-taken-over.png', fullPage: true });

  // The human replies; Meta (the simulator) receives it.
  const reply = `Hi, this is Demo from the team — happy to help (${n}).`;
  await page.getByLabel('Write a reply').fill(reply);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByLabel('Write a reply')).toHaveValue('');
  await simulatorReceived(page.request, reply);

  await page.getByRole('button', { name: 'Hand back to AI' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handed back to the AI.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take over' })).toBeVisible();
});

test('bulk close two conversations', async ({ page, browser }) => {
  await logIn(page);
  const n = unique();
  const names = [`Bulk Bea ${n}`, `Bulk Ben ${n}`];
  await customerWrites(browser, { id: `1555820${n}`, name: names[0]!, text: 'first' });
  await customerWrites(browser, { id: `1555830${n}`, name: names[1]!, text: 'second' });
  await page.goto('/inbox');
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
  const toolbar = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(toolbar.getByText('2 selected')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/inbox-bulk.png', fullPage: true });
  await toolbar.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Closed 2 conversations.' })).toBeVisible();
  for (const name of names) await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
});
