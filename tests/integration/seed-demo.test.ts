import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/hash-password';
import { db } from '@/lib/db';
import { seedDemo } from '@/lib/devtools/seed-demo';

describe('demo seed', () => {
  it('creates the demo workspace and owner once, with a working login', async () => {
    const first = await seedDemo();
    const second = await seedDemo();
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);

    const user = await db.user.findUniqueOrThrow({ where: { email: first.email }, include: { memberships: { include: { workspace: true } } } });
    expect(await verifyPassword(user.passwordHash, first.password)).toBe(true);
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(user.memberships).toHaveLength(1);
    expect(user.memberships[0]).toMatchObject({ role: 'owner', workspace: { slug: 'demo' } });
    expect(await db.workspace.count()).toBe(1);
  });
});
