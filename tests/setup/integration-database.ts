// Runs before each integration test file: clones the migrated template into a database of
// the file's own and points DATABASE_URL at it before any lib/ module reads it.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import { withDatabase } from './integration-global';

const adminUrl = inject('adminDatabaseUrl');
const database = `test_${randomBytes(6).toString('hex')}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`create database ${database} template ${inject('templateDatabase')}`);
await admin.end();

Object.assign(process.env, inject('testSecrets'), { DATABASE_URL: withDatabase(adminUrl, database), DATABASE_POOL_SIZE: '4' });

afterAll(async () => {
  const { disconnectDb } = await import('../../lib/db');
  const { stopBoss } = await import('../../lib/jobs/boss');
  await stopBoss({ graceful: false, timeoutMs: 1_000 });
  await disconnectDb();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`drop database if exists ${database} with (force)`);
  await cleanup.end();
});
