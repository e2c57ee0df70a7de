import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { enforceRateLimits, hitRateLimit, peekRateLimit, refundRateLimit, resetRateLimit, sweepRateLimitBuckets } from '@/lib/security/rate-limit';

const rule = { name: 'test', limit: 3, windowSeconds: 600 };

describe('Postgres rate limits', () => {
  it('allows up to the limit per subject, then says how long to wait', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    for (let i = 0; i < 3; i++) expect((await hitRateLimit(rule, 'ip-1', now)).allowed).toBe(true);
    const blocked = await hitRateLimit(rule, 'ip-1', new Date(now.getTime() + 60_000));
    expect(blocked).toEqual({ allowed: false, retryAfterSeconds: 540, count: 4, windowStart: now });
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

  it('peeks without counting, refunds one hit, resets a window, and sweeps expired ones', async () => {
    const rule = { name: 'peek', limit: 2, windowSeconds: 600 };
    const now = new Date();
    expect(await peekRateLimit(rule, 's', now)).toEqual({ count: 0, retryAfterSeconds: 0 });
    await hitRateLimit(rule, 's', now);
    await hitRateLimit(rule, 's', now);
    expect((await peekRateLimit(rule, 's', now)).count).toBe(2);
    await refundRateLimit(rule, 's');
    expect((await hitRateLimit(rule, 's', now)).allowed).toBe(true);
    await resetRateLimit(rule, 's');
    expect((await peekRateLimit(rule, 's', now)).count).toBe(0);
    await hitRateLimit({ ...rule, name: 'old' }, 's', new Date(Date.now() - 3_600_000));
    expect(await sweepRateLimitBuckets()).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.count({ where: { key: 'old:s' } })).toBe(0);
  });

  it('IP rules count IPv6 addresses of one /64 together', async () => {
    const rule = { name: 'v6', limit: 2, windowSeconds: 600, per: 'ip' as const };
    expect((await hitRateLimit(rule, '2001:db8:5:6::1')).allowed).toBe(true);
    expect((await hitRateLimit(rule, '2001:db8:5:6::2')).allowed).toBe(true);
    expect((await hitRateLimit(rule, '2001:db8:5:6:ffff::3')).allowed).toBe(false);
    expect((await hitRateLimit(rule, '2001:db8:5:7::1')).allowed).toBe(true);
  });
});
