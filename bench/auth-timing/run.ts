// npm run bench:auth-timing — can response time tell whether an email has an account?
// Interleaves (in random order) the real sign-up (lib/auth/sign-up.ts), sign-in (lib/auth/log-in.ts, wrong
// password) and password-reset request (lib/auth/request-password-reset.ts) for a new or unknown
// address and for an existing account, and compares the timing
// distributions. Targets (issue 12 measured sign-up at 41 ms vs 99 ms median): the median of the
// paired differences (each sample of one path against the one taken right after it on the other, so
// machine load cancels out) within 10 % of the median, and the two distributions overlapping
// (Mann-Whitney U: the probability that one path is slower than the other between 0.4 and 0.6, where
// 0.5 means indistinguishable).
//
//   npx tsx bench/auth-timing/run.ts [--samples 60]
//
// Uses DATABASE_URL when set, else a fresh embedded Postgres in .data/bench-auth-postgres. Every
// call comes from its own address, so the per-address limits never kick in.
import os from 'node:os';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { samples: { type: 'string', default: '100' } } });
const samples = Number(values.samples);

const { prepareDatabase } = await import('../../lib/devtools/prepare-database');
const { generateSecrets } = await import('../../lib/devtools/dev-secrets');
const database = await prepareDatabase({ dataDir: '.data/bench-auth-postgres', preferredPort: 54363, database: 'relaydesk_bench_auth', fresh: !process.env.DATABASE_URL });
Object.assign(process.env, { DATABASE_URL: database.url, LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' });
for (const [name, value] of Object.entries(generateSecrets())) process.env[name] ||= value;

const { db, disconnectDb } = await import('../../lib/db');
const { hashPassword } = await import('../../lib/auth/hash-password');
const { signUp } = await import('../../lib/auth/sign-up');
const { logIn } = await import('../../lib/auth/log-in');
const { requestPasswordReset } = await import('../../lib/auth/request-password-reset');
const { stopBoss } = await import('../../lib/jobs/boss');

const run = Date.now().toString(36);
const existing = await db.user.create({ data: { email: `existing-${run}@bench.example`, name: 'Existing', passwordHash: await hashPassword('the real password 123'), emailVerifiedAt: new Date() } });
let address = 0;
const meta = () => {
  address += 1;
  return { ipAddress: `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`, userAgent: 'bench', requestId: null };
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn().catch(() => {});
  return performance.now() - started;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
/** P(a random sample of `a` is slower than one of `b`), ties counting half: 0.5 = indistinguishable. */
function probabilitySlower(a: number[], b: number[]): number {
  let wins = 0;
  for (const x of a) for (const y of b) wins += x > y ? 1 : x === y ? 0.5 : 0;
  return wins / (a.length * b.length);
}

function compare(label: string, fresh: number[], known: number[], names: [string, string]) {
  const [a, b] = [[...fresh].sort((x, y) => x - y), [...known].sort((x, y) => x - y)];
  const [ma, mb] = [percentile(a, 50), percentile(b, 50)];
  const paired = known.map((value, index) => value - fresh[index]!).sort((x, y) => x - y);
  const difference = Math.abs(percentile(paired, 50)) / Math.min(ma, mb);
  const p = probabilitySlower(b, a);
  console.log(`\n${label} (${samples} each)`);
  console.log(`  ${names[0].padEnd(28)} median ${ma.toFixed(1)} ms   p10 ${percentile(a, 10).toFixed(1)}   p90 ${percentile(a, 90).toFixed(1)}`);
  console.log(`  ${names[1].padEnd(28)} median ${mb.toFixed(1)} ms   p10 ${percentile(b, 10).toFixed(1)}   p90 ${percentile(b, 90).toFixed(1)}`);
  console.log(`  median paired difference ${percentile(paired, 50).toFixed(1)} ms = ${(difference * 100).toFixed(1)} % (target ≤ 10 %): ${difference <= 0.1 ? 'PASS' : 'FAIL'}`);
  console.log(`  P(${names[1]} slower) = ${p.toFixed(2)} (target 0.40–0.60): ${p >= 0.4 && p <= 0.6 ? 'PASS' : 'FAIL'}`);
  return difference <= 0.1 && p >= 0.4 && p <= 0.6;
}

console.log(`auth timing bench — ${os.cpus().length} CPUs, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
// Warm-up: first argon2 call, first queue insert, prepared statements.
for (let i = 0; i < 3; i++) {
  await time(() => signUp({ name: 'Warm', email: `warm-${run}-${i}@bench.example`, password: 'warm up password 123', workspaceName: 'Warm', meta: meta() }));
  await time(() => logIn({ email: `warm-${run}-${i}@bench.example`, password: 'x', meta: meta() }));
}

const signUpNew: number[] = [];
const signUpExisting: number[] = [];
const logInUnknown: number[] = [];
const logInExisting: number[] = [];
const resetUnknown: number[] = [];
const resetExisting: number[] = [];
/** Runs both in a random order, so neither path always gets the warmer (or colder) second slot. */
async function pair(first: () => Promise<unknown>, second: () => Promise<unknown>, into: [number[], number[]]) {
  if (Math.random() < 0.5) {
    into[0].push(await time(first));
    into[1].push(await time(second));
  } else {
    into[1].push(await time(second));
    into[0].push(await time(first));
  }
}

for (let i = 0; i < samples; i++) {
  await pair(
    () => signUp({ name: 'New person', email: `new-${run}-${i}@bench.example`, password: 'a fresh password 123', workspaceName: 'New shop', meta: meta() }),
    () => signUp({ name: 'New person', email: existing.email, password: 'a fresh password 123', workspaceName: 'New shop', meta: meta() }),
    [signUpNew, signUpExisting],
  );
  await pair(
    () => logIn({ email: `nobody-${run}-${i}@bench.example`, password: 'wrong password', meta: meta() }),
    () => logIn({ email: existing.email, password: 'wrong password', meta: meta() }),
    [logInUnknown, logInExisting],
  );
  // Per-account reset limit (3 an hour): each sample asks for a different existing account.
  const resettable = await db.user.create({ data: { email: `reset-${run}-${i}@bench.example`, name: 'Reset', passwordHash: 'x', emailVerifiedAt: new Date() } });
  await pair(
    () => requestPasswordReset({ email: `nobody-reset-${run}-${i}@bench.example`, meta: meta() }),
    () => requestPasswordReset({ email: resettable.email, meta: meta() }),
    [resetUnknown, resetExisting],
  );
}

const ok = [
  compare('Sign-up', signUpNew, signUpExisting, ['new address', 'address with an account']),
  compare('Sign-in with a wrong password', logInUnknown, logInExisting, ['unknown address', 'address with an account']),
  compare('Password reset request', resetUnknown, resetExisting, ['unknown address', 'address with an account']),
].every(Boolean);
console.log(`\n${ok ? 'PASS' : 'FAIL'}: response time ${ok ? 'does not tell' : 'may tell'} whether an address has an account.`);

await stopBoss();
await disconnectDb();
await database.stop();
process.exit(ok ? 0 : 1);
