import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../lib/devtools/embedded-postgres';
import { generateSecrets } from '../../lib/devtools/dev-secrets';
import { applyMigrations } from '../../lib/migrations/apply-migrations';

export const TEMPLATE_DATABASE = 'relaydesk_template';

declare module 'vitest' {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
    testSecrets: { SESSION_SECRETS: string; TOKEN_ENCRYPTION_KEYS: string };
  }
}

/**
 * Starts one embedded Postgres (or uses TEST_DATABASE_URL's server), migrates a template
 * database and installs pg-boss's schema in it, so each test file can clone it in ~50 ms.
 */
export default async function setup(project: TestProject) {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.TEST_DATABASE_URL) {
    adminUrl = process.env.TEST_DATABASE_URL;
  } else {
    const cluster = await startEmbeddedPostgres({ dataDir: '.data/test-postgres', preferredPort: 54349 });
    adminUrl = cluster.url('postgres');
    stop = () => cluster.stop();
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();

  const templateUrl = withDatabase(adminUrl, TEMPLATE_DATABASE);
  await applyMigrations({ connectionString: templateUrl });
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: templateUrl, schema: 'pgboss', supervise: false, schedule: false });
  await boss.start();
  await boss.stop({ graceful: false, wait: true });

  project.provide('adminDatabaseUrl', adminUrl);
  project.provide('templateDatabase', TEMPLATE_DATABASE);
  project.provide('testSecrets', generateSecrets());
  return stop;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
