// Prisma 7 keeps connection settings out of schema.prisma. Only `prisma generate`
// is run through the CLI here; migrations go through scripts/db-migrate.ts because
// the CLI's native schema engine cannot be downloaded offline (see README).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/relaydesk' },
});
