// Loads Prisma's schema engine compiled to WebAssembly. The Prisma CLI would download a
// native engine binary at run time, which fails offline; the wasm build ships inside an
// npm package and speaks the same protocol, so migrations stay in Prisma's own format
// (`_prisma_migrations`, sha256 checksums) and `prisma migrate deploy` stays compatible.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

const require = createRequire(import.meta.url);

type EngineModule = { SchemaEngine: typeof SchemaEngine; __wbg_set_wasm(exports: unknown): void };

let modulePromise: Promise<EngineModule> | undefined;

async function loadEngineModule(): Promise<EngineModule> {
  // The package entry imports the .wasm bundler-style, which Node cannot load, so the
  // glue file is imported by path and the instance is wired up by hand.
  const pkgDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const bg = (await import(pathToFileURL(path.join(pkgDir, 'schema_engine_bg.js')).href)) as EngineModule;
  const wasm = await readFile(path.join(pkgDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(wasm, { './schema_engine_bg.js': bg as never });
  bg.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  return bg;
}

import type { SchemaFile } from './paths';

/**
 * Runs `fn` with a schema engine connected to `connectionString`, then releases the engine
 * and its connection pool (an idle pool would keep short-lived scripts alive).
 */
export async function withSchemaEngine<T>(
  options: { connectionString: string; schema: SchemaFile; onLog?: (line: string) => void },
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  modulePromise ??= loadEngineModule();
  const mod = await modulePromise;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: 2 });
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = options.onLog ?? (() => {});
  const engine = await mod.SchemaEngine.new({ datamodels: [[options.schema.path, options.schema.content]] }, log, factory);
  try {
    return await fn(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}
