import { describe, expect, it } from 'vitest';
import { verifyPassword } from '@/lib/auth/hash-password';
import { decryptToken } from '@/lib/crypto/token-cipher';
import { db } from '@/lib/db';
import { seedDemo } from '@/lib/devtools/seed-demo';
import { resolveSimToken } from '@/lib/meta-simulator/sim-tokens';

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

  it('connects one simulated account of each channel type, with simulator-issued tokens encrypted at rest', async () => {
    await seedDemo();
    const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } });
    const channels = await db.channel.findMany({ where: { workspaceId: workspace.id }, orderBy: { type: 'asc' } });
    expect(channels.map((c) => [c.type, c.externalId, c.status])).toEqual([
      ['instagram', '17841400000000001', 'active'],
      ['messenger', '100000000000001', 'active'],
      ['whatsapp', '106540352242922', 'active'],
    ]);
    expect(channels[0]).toMatchObject({ name: 'demo.shop', igUserId: '17841400000000001' });
    expect(channels[1]).toMatchObject({ pageId: '100000000000001', metaUserId: '1000000000000001' });
    expect(channels[2]).toMatchObject({ wabaId: '100000000000101', phoneNumberId: '106540352242922', displayPhone: '15550783881' });
    for (const channel of channels) {
      expect(channel.accessTokenEnc).toMatch(/^k1\./);
      const token = decryptToken(channel.accessTokenEnc!);
      expect(channel.accessTokenEnc).not.toContain(token);
      const record = await resolveSimToken(token);
      expect(record.accounts).toContain(channel.externalId);
    }
  });

  it('connects the channels of a demo workspace created before channels existed, once', async () => {
    await seedDemo();
    await db.channel.deleteMany({});
    expect((await seedDemo()).channelsConnected).toBe(3);
    expect((await seedDemo()).channelsConnected).toBe(0);
    expect(await db.channel.count()).toBe(3);
  });
});
