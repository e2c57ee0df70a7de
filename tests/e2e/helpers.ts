import { expect, type APIRequestContext } from '@playwright/test';

/** Waits for the newest dev-mailbox email to `to` whose subject matches, and returns its links. */
export async function latestEmail(request: APIRequestContext, to: string, subject: RegExp): Promise<{ subject: string; links: string[] }> {
  let found: { subject: string; links: string[] } | undefined;
  await expect
    .poll(async () => {
      const response = await request.get(`/api/dev/mailbox/latest?to=${encodeURIComponent(to)}`);
      if (!response.ok()) return null;
      const body = (await response.json()) as { subject: string; links: string[] };
      if (!subject.test(body.subject)) return null;
      found = body;
      return body.subject;
    }, { timeout: 20_000, intervals: [250, 500, 1000] })
    .toMatch(subject);
  return found!;
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.test`;
