// keys:rotate re-encrypts every encrypted column, found in the catalog (…Enc), and afterwards no
// value anywhere in the database is still under the retired key — checked by scanning every text
// and JSON column, not only the ones we know about.
import { describe, expect, it } from 'vitest';
import { keyringSchema, generateKeyringEntry, type Keyring } from '@/lib/crypto/keyring';
import { listEncryptedColumns, rotateEncryptedColumns } from '@/lib/crypto/rotate-encrypted-columns';
import { decryptToken, encryptToken } from '@/lib/crypto/token-cipher';
import { db } from '@/lib/db';
import { createWorkspaceWithOwner } from '../factories';

const ring = (value: string): Keyring => keyringSchema({ minBytes: 32, maxBytes: 32 }).parse(value);

/** Every (table, column, count) holding a value that looks like ciphertext under `keyId`, anywhere in the app's schema. */
async function valuesUnderKey(keyId: string) {
  const columns = await db.$queryRaw<{ table: string; column: string; type: string }[]>`
    select c.table_name as "table", c.column_name as "column", c.data_type as type
    from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
    where c.table_schema = current_schema() and c.data_type in ('text', 'character varying', 'jsonb', 'json')`;
  // <keyId>.<12-byte iv>.<16-byte tag>.<data>, base64url, as token-cipher writes it.
  const pattern = `${keyId}\\.[A-Za-z0-9_-]{16}\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]*`;
  const found: { table: string; column: string; count: number }[] = [];
  for (const { table, column } of columns) {
    const [row] = await db.$queryRawUnsafe<{ count: bigint }[]>(`select count(*) as count from "${table}" where "${column}"::text ~ $1`, pattern);
    if (row && Number(row.count) > 0) found.push({ table, column, count: Number(row.count) });
  }
  return found;
}

describe('keys:rotate', () => {
  it('finds every …Enc column, including AgentConfig.apiKeyEnc (keyed by workspaceId)', async () => {
    expect(await listEncryptedColumns()).toEqual(expect.arrayContaining([
      { table: 'Channel', column: 'accessTokenEnc', primaryKey: 'id' },
      { table: 'AgentConfig', column: 'apiKeyEnc', primaryKey: 'workspaceId' },
    ]));
  });

  it('re-encrypts channel tokens and workspace LLM keys; nothing under the retired key remains anywhere', async () => {
    const retired = `r${Date.now().toString(36).slice(-6)}`;
    const [k1, k2] = [generateKeyringEntry(retired), generateKeyringEntry('k2new')];
    const old = ring(k1);
    // Values other tests wrote use the test ring's key, which our ring lacks: start from ours only.
    await db.channel.updateMany({ data: { accessTokenEnc: null } });
    await db.agentConfig.updateMany({ data: { apiKeyEnc: null } });

    const workspaces = await Promise.all(Array.from({ length: 3 }, () => createWorkspaceWithOwner()));
    for (const [i, { workspace }] of workspaces.entries()) {
      await db.channel.create({ data: { workspaceId: workspace.id, type: 'instagram', externalId: `rot-ig-${retired}-${i}`, name: 'n', accessTokenEnc: encryptToken(`ig-token-${i}`, old) } });
      await db.agentConfig.create({ data: { workspaceId: workspace.id, provider: 'openai', apiKeyEnc: encryptToken(`sk-workspace-${i}`, old), apiKeyHint: `000${i}` } });
    }
    expect((await valuesUnderKey(retired)).map(({ table, column }) => `${table}.${column}`).sort()).toEqual(['AgentConfig.apiKeyEnc', 'Channel.accessTokenEnc']);

    const result = await rotateEncryptedColumns({ ring: ring(`${k2},${k1}`), batchSize: 2 });
    expect(result).toMatchObject({ rotated: 6, skipped: 0, unreadable: 0, activeKeyId: 'k2new' });
    expect(result.columns.filter((entry) => entry.rotated > 0).map(({ table, column, rotated }) => ({ table, column, rotated }))).toEqual([
      { table: 'AgentConfig', column: 'apiKeyEnc', rotated: 3 },
      { table: 'Channel', column: 'accessTokenEnc', rotated: 3 },
    ]);

    // Nothing is left under the retired key, in any column of any table.
    expect(await valuesUnderKey(retired)).toEqual([]);
    // And everything decrypts with the new key alone: the old one can be removed.
    const onlyNew = ring(k2);
    const configs = await db.agentConfig.findMany({ where: { workspaceId: { in: workspaces.map((w) => w.workspace.id) } }, orderBy: { apiKeyHint: 'asc' } });
    expect(configs.map((config) => decryptToken(config.apiKeyEnc!, onlyNew))).toEqual(['sk-workspace-0', 'sk-workspace-1', 'sk-workspace-2']);
    expect(await rotateEncryptedColumns({ ring: onlyNew })).toMatchObject({ rotated: 0, unreadable: 0 });
  });

  it('reports values no configured key can read instead of failing or overwriting them', async () => {
    await db.channel.updateMany({ data: { accessTokenEnc: null } });
    await db.agentConfig.updateMany({ data: { apiKeyEnc: null } });
    const { workspace } = await createWorkspaceWithOwner();
    const lost = encryptToken('token under a key that was removed too early', ring(generateKeyringEntry('gone')));
    await db.channel.create({ data: { workspaceId: workspace.id, type: 'messenger', externalId: `rot-lost-${Date.now()}`, name: 'n', accessTokenEnc: lost } });
    const result = await rotateEncryptedColumns({ ring: ring(generateKeyringEntry('k3')) });
    expect(result).toMatchObject({ rotated: 0, unreadable: 1 });
    expect(await db.channel.count({ where: { accessTokenEnc: lost } })).toBe(1);
  });
});
