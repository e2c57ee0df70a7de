// Which statements run as named prepared statements (parsed and planned once per connection).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvCache } from '@/lib/env';

async function freshModule() {
  vi.stubEnv('DATABASE_URL', process.env.DATABASE_URL ?? 'postgres://relaydesk@127.0.0.1:5432/relaydesk');
  vi.resetModules();
  resetEnvCache();
  return import('@/lib/prepared-statement-name');
}

afterEach(() => {
  vi.unstubAllEnvs();
  delete process.env.DATABASE_PREPARED_STATEMENTS;
  resetEnvCache();
});

describe('preparedStatementName', () => {
  it('names a statement by its text: the same text, the same name; another text, another name', async () => {
    const { preparedStatementName } = await freshModule();
    const a = preparedStatementName('select id from "Message" where id = $1');
    expect(a).toMatch(/^s_[0-9a-f]{24}$/);
    expect(preparedStatementName('select id from "Message" where id = $1')).toBe(a);
    expect(preparedStatementName('select id from "Conversation" where id = $1')).not.toBe(a);
  });

  it('leaves searches unnamed: their best plan depends on the term', async () => {
    const { preparedStatementName } = await freshModule();
    expect(preparedStatementName(`select 1 from "Message" where to_tsvector('simple', text) @@ to_tsquery('simple', $1)`)).toBeUndefined();
    expect(preparedStatementName('select 1 from "Contact" where name ilike $1')).toBeUndefined();
    expect(preparedStatementName('select 1 from "Contact" where name like $1')).toBeUndefined();
  });

  it('leaves several statements in one text unnamed (the extended protocol refuses them); a trailing semicolon is fine', async () => {
    const { preparedStatementName } = await freshModule();
    expect(preparedStatementName('BEGIN; create table x (id int); COMMIT;')).toBeUndefined();
    expect(preparedStatementName('select 1 where $1::int = 1;')).toMatch(/^s_/);
  });

  it('stops naming new texts after 2,000 in a process (a generator of ever-new SQL cannot grow the cache); known ones keep their name', async () => {
    const { preparedStatementName } = await freshModule();
    const first = preparedStatementName('select 0 where $1::int = 0');
    for (let i = 1; i < 2_000; i++) expect(preparedStatementName(`select ${i} where $1::int = ${i}`)).toMatch(/^s_/);
    expect(preparedStatementName('select 2000 where $1::int = 2000')).toBeUndefined();
    expect(preparedStatementName('select 0 where $1::int = 0')).toBe(first);
  });

  it('names nothing with DATABASE_PREPARED_STATEMENTS=false (a pooler that cannot route named statements)', async () => {
    process.env.DATABASE_PREPARED_STATEMENTS = 'false';
    const { preparedStatementName } = await freshModule();
    expect(preparedStatementName('select id from "Message" where id = $1')).toBeUndefined();
  });
});
