// A separate file because the database URL is fixed per process once lib/db is loaded.
import { describe, expect, it } from 'vitest';

process.env.DATABASE_URL = 'postgresql://relaydesk:secret-password@127.0.0.1:1/nowhere';

describe('GET /api/health with the database down', () => {
  it('answers 503 quickly and does not leak the connection string', async () => {
    const { GET } = await import('@/app/api/health/route');
    const started = Date.now();
    const response = await GET();
    expect(response.status).toBe(503);
    const text = await response.text();
    const body = JSON.parse(text);
    expect(body.status).toBe('unavailable');
    expect(body.database.ok).toBe(false);
    expect(body.queue.ok).toBe(false);
    expect(text).not.toContain('secret-password');
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
