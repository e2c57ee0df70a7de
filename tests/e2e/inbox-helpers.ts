// Shared steps for the inbox specs: log in as the demo owner in the demo workspace, play a
// customer in the Meta simulator, open a conversation, and observe what the simulator captured.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';

export const DEMO_WHATSAPP = 'WhatsApp +15550783881 (Demo Shop)';

const SESSION_FILE = 'test-results/.auth/demo-owner-cookies.json';

/**
 * Signs the demo owner in, reusing the session of an earlier spec when it is still valid: the
 * log-in rate limit (8 per account per 15 minutes) is real in the e2e server, and a dozen specs
 * logging in afresh would trip it.
 */
export async function logInAsDemoOwner(page: Page) {
  const saved = readSavedCookies();
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto('/inbox');
  }
  if (!saved || new URL(page.url()).pathname !== '/inbox') {
    await page.context().clearCookies();
    await page.goto('/login');
    await page.getByLabel('Email').fill('owner@demo.relaydesk.test');
    await page.getByLabel('Password').fill('relaydesk-demo-2026');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(/\/inbox/);
    mkdirSync(dirname(SESSION_FILE), { recursive: true });
    writeFileSync(SESSION_FILE, JSON.stringify(await page.context().cookies()));
  }
  // Another spec may have left the demo owner in a different workspace; the simulated channels are in Demo Shop.
  const switcher = page.getByRole('combobox', { name: /workspace/i }).first();
  if (await switcher.isVisible() && (await switcher.inputValue()) && !(await switcher.locator('option:checked').innerText()).includes('Demo Shop')) {
    await switcher.selectOption({ label: 'Demo Shop' });
  }
}

export type CustomerMessage = {
  id: string;
  name: string;
  text?: string;
  channel?: string;
  kind?: 'Direct message' | 'Image';
  /** Backdates the message (the messaging window is measured from it). */
  hoursAgo?: number;
};

/**
 * A message from a simulated customer through the /dev/meta console; returns once the app
 * accepted the webhook, with the console page still open (it shows what the app sent back).
 */
export async function customerWrites(browser: Browser, options: CustomerMessage): Promise<Page> {
  const customer = await (await browser.newContext()).newPage();
  await customer.goto('/dev/meta');
  // The console is a client form: filling it before hydration finishes loses the values.
  await customer.waitForLoadState('networkidle');
  const kind = options.kind ?? 'Direct message';
  await submitSimulatorConsole(customer, options.id, async () => {
    await customer.getByLabel('Channel').selectOption({ label: options.channel ?? DEMO_WHATSAPP });
    await customer.getByLabel('Customer', { exact: true }).selectOption({ label: 'Someone else…' });
    await customer.getByLabel('Customer id').fill(options.id);
    await customer.getByLabel('Customer name').fill(options.name);
    if (kind !== 'Direct message') await customer.getByText(kind, { exact: true }).click();
    if (options.text !== undefined) await customer.getByLabel(kind === 'Image' ? 'Caption (optional)' : 'Message', { exact: true }).fill(options.text);
    if (options.hoursAgo) await customer.getByLabel('Sent hours ago').fill(String(options.hoursAgo));
  });
  return customer;
}

/** Waits (reloading) until the conversation is listed, opens it, and returns its id. */
export async function openConversation(page: Page, name: string): Promise<string> {
  await page.goto('/inbox');
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('link', { name: new RegExp(name) })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('link', { name: new RegExp(name) }).click();
  await expect(page.getByRole('heading', { name, level: 2 })).toBeVisible();
  return new URL(page.url()).searchParams.get('c')!;
}

export async function simulatorReceived(request: APIRequestContext, text: string) {
  await expect(async () => {
    const feed = (await (await request.get('/api/dev/meta/console')).json()) as { outbound: { payload: unknown }[] };
    expect(feed.outbound.some((o) => JSON.stringify(o.payload).includes(text))).toBe(true);
  }).toPass({ timeout: 20_000 });
}

export const uniqueSuffix = () => `${Date.now()}`.slice(-7);

function readSavedCookies(): Parameters<import('@playwright/test').BrowserContext['addCookies']>[0] | null {
  try {
    return JSON.parse(readFileSync(SESSION_FILE, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Fills and sends the simulator console's customer form, and makes sure the webhook that went
 * out is the one filled in: the client form has been seen to reset to its defaults (the first
 * existing customer) between filling and sending, which would send as someone else.
 */
export async function submitSimulatorConsole(customer: Page, customerId: string, fill: () => Promise<void>) {
  await expect(async () => {
    await fill();
    await expect(customer.getByLabel('Customer id')).toHaveValue(customerId, { timeout: 1_000 });
    await customer.getByRole('button', { name: 'Send webhook' }).click();
    await expect(customer.locator('pre', { hasText: customerId })).toBeAttached({ timeout: 5_000 });
  }).toPass({ timeout: 45_000 });
  await expect(customer.getByText('App answered HTTP 200').first()).toBeVisible();
}
