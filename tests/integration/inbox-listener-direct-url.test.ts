// Behind a transaction-mode pooler (PgBouncer) LISTEN must use a direct connection: the inbox
// listener connects to DATABASE_DIRECT_URL when it is set (docs/scaling.md).
import { afterAll, describe, expect, it } from 'vitest';

const direct = new URL(process.env.DATABASE_URL!);
direct.searchParams.set('application_name', 'relaydesk-listen-direct');
process.env.DATABASE_DIRECT_URL = direct.toString();

const { db } = await import('@/lib/db');
const { inboxListenerReady, stopInboxListener } = await import('@/lib/realtime/inbox-listener');

afterAll(async () => {
  await stopInboxListener();
});

describe('inbox listener connection', () => {
  it('LISTENs on DATABASE_DIRECT_URL, not on the pooled DATABASE_URL', async () => {
    await inboxListenerReady();
    const sessions = await db.$queryRaw<{ application_name: string; query: string }[]>`
      select application_name, query from pg_stat_activity where datname = current_database() and query ilike 'listen%'`;
    expect(sessions).toEqual([{ application_name: 'relaydesk-listen-direct', query: expect.stringMatching(/^LISTEN/i) }]);
  });
});
