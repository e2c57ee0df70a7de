// Prisma's statements and pg-boss's run as named prepared statements (lib/prepared-statement-name.ts):
// Postgres parses and plans each once per connection instead of on every call.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getBoss } from '@/lib/jobs/boss';
import type { BossDb } from '@/lib/jobs/boss-db';
import { createWorkspaceWithOwner } from '../factories';

// `like` keeps these look-ups unnamed themselves.
const PREPARED = `select statement from pg_prepared_statements where not from_sql and statement like $1`;

describe('named prepared statements', () => {
  it('Prisma: a query is prepared once on its connection and re-used', async () => {
    const { workspace } = await createWorkspaceWithOwner();
    const statements = await db.$transaction(async (tx) => {
      await tx.workspace.findUnique({ where: { id: workspace.id }, select: { id: true } });
      await tx.workspace.findUnique({ where: { id: workspace.id }, select: { id: true } });
      return tx.$queryRawUnsafe<{ statement: string }[]>(PREPARED, '%FROM "public"."Workspace"%');
    });
    expect(statements).toHaveLength(1);
  });

  it('pg-boss: its statements go through our database object and are prepared', async () => {
    const boss = await getBoss();
    const bossDb = boss.getDb() as unknown as BossDb;
    await bossDb.executeSql('select count(*)::int as n from pgboss.job where name = $1', ['prepared-statements-test']);
    const { rows } = await bossDb.executeSql(PREPARED, ['%pgboss.job where name = $1%']);
    expect(rows).toHaveLength(1);
  });
});
