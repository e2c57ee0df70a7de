import { describe, expect, it } from 'vitest';
import { enforceRateLimits, hitRateLimit } from '@/lib/security/rate-limit';

const rule = { name: 'test', limit: 3, windowSeconds: 600 };

describe('Postgres rate limits', () => {
  it('allows up to the limit per subject, then says how long to wait', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(rule, 'ip-1', now)).allowed).toBe(true);
    const blocked = await hitRateLimit(rule, 'ip-1', new Date(now.getTime() + 60_000));
    expect(blocked).toEqual({ allowed: false, retryAfterSeconds: 540 });
    expect((await hitRateLimit(rule, 'ip-2', now)).allowed).toBe(true);
    // A new window starts once the old one has expired.
    expect((await hitRateLimit(rule, 'ip-1', new Date(now.getTime() + 601_000))).allowed).toBe(true);
  });

  it('counts concurrent hits exactly (atomic upsert)', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => hitRateLimit(rule, 'burst')));
    expect(results.filter((r) => r.allowed)).toHaveLength(3);
  });

  it('throws a rate_limited AppError with minutes to wait', async () => {
    const tight = { name: 'tight', limit: 1, windowSeconds: 300 };
    await enforceRateLimits([{ rule: tight, subject: 'a' }]);
    await expect(enforceRateLimits([{ rule: tight, subject: 'a' }])).rejects.toMatchObject({ code: 'rate_limited', message: 'Too many attempts. Try again in 5 minutes.' });
  });
});
