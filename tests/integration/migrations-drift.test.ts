// Fails when prisma/schema.prisma and prisma/migrations disagree — e.g. a model was added
// without running `npm run db:migration:new -- <name>`.
import pg from 'pg';
import { afterAll, describe, expect, it, inject } from 'vitest';
import { diffSnapshotToSchema, sqlForSchema } from '@/lib/migrations/check-drift';
import { describeDatabaseSchema } from '@/lib/migrations/describe-database-schema';
import { withDatabase } from '../setup/integration-global';

const hint = 'prisma/schema.prisma and prisma/migrations disagree. Run `npm run db:migration:new -- <name>` and commit the result.';
const adminUrl = inject('adminDatabaseUrl');
const fromSchemaDb = `drift_${process.pid}_${Date.now()}`;

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

afterAll(() => admin(`drop database if exists ${fromSchemaDb} with (force)`));

describe('schema drift', () => {
  it('a database built by the migrations has the same shape as one built from schema.prisma', async () => {
    // This file's database was built by applying prisma/migrations to an empty database.
    const migrated = await describeDatabaseSchema(process.env.DATABASE_URL!);

    await admin(`create database ${fromSchemaDb}`);
    const fromSchemaUrl = withDatabase(adminUrl, fromSchemaDb);
    const client = new pg.Client({ connectionString: fromSchemaUrl });
    await client.connect();
    await client.query(await sqlForSchema(fromSchemaUrl)).finally(() => client.end());
    const fromSchema = await describeDatabaseSchema(fromSchemaUrl);

    expect(migrated.columns.length).toBeGreaterThan(0);
    expect(migrated, hint).toEqual(fromSchema);
  });

  it('the hand-written manual_* indexes (full-text search, partial job indexes) exist after migrating', async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const { rows } = await client.query("select indexname from pg_indexes where indexname like 'manual\\_%' order by 1").finally(() => client.end());
    expect(rows.map((r) => r.indexname)).toEqual([
      'manual_AgentRun_report_idx', 'manual_Contact_digits_trgm_idx', 'manual_Contact_search_idx', 'manual_Contact_text_trgm_idx', 'manual_Conversation_human_idx', 'manual_Conversation_inbox_order_idx', 'manual_Conversation_report_closed_idx', 'manual_Conversation_report_started_idx', 'manual_Conversation_snoozed_due_idx',
      'manual_KnowledgeChunk_text_fts', 'manual_Message_report_inbound_idx', 'manual_Message_report_replies_idx', 'manual_Message_search_idx', 'manual_ReplyDraft_pending_idx', 'manual_ReplyDraft_report_idx',
    ]);
  });

  it('the migration snapshot matches schema.prisma', async () => {
    expect(await diffSnapshotToSchema(process.env.DATABASE_URL!), hint).toBe('');
  });
});
