// Summarises a V8 .cpuprofile (BENCH_PROFILE=1 npm run bench:webhook-ingest) by where the time
// goes: self time per package / app file, and the hottest functions.
//
//   npx tsx bench/webhook-ingest/profile-summary.ts .data/bench-webhook-profile/<file>.cpuprofile [--top 25] [--skip-ms 15000] [--inclusive <regex>]…
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const { positionals, values } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, inclusive: { type: 'string', multiple: true }, 'skip-ms': { type: 'string', default: '0' } } });
const profile = JSON.parse(readFileSync(positionals[0]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
// --skip-ms leaves out the start (server start-up, module loading, JIT warm-up).
const skip = Number(values['skip-ms']) * 1000;
let clock = 0;
profile.samples.forEach((id, i) => {
  clock += profile.timeDeltas[i] ?? 0;
  if (clock >= skip) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

/** node_modules/<pkg> (scoped too), the app's own chunk, node internals, or V8 (GC, idle, program). */
function bucket(url: string, fn: string): string {
  if (!url) return `(${fn || 'anonymous'})`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return url;
  if (url.includes('.next/server/chunks')) return `app chunk ${url.split('/').pop()}`;
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

const buckets = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, micros] of self) {
  const { callFrame } = byId.get(id)!;
  const b = bucket(callFrame.url, callFrame.functionName);
  buckets.set(b, (buckets.get(b) ?? 0) + micros);
  const f = `${callFrame.functionName || '(anonymous)'} ${b}:${callFrame.lineNumber + 1}`;
  functions.set(f, (functions.get(f) ?? 0) + micros);
}
const pct = (micros: number) => `${((100 * micros) / total).toFixed(1).padStart(5)} %`;
const top = Number(values.top);
console.log(`${(total / 1000).toFixed(0)} ms sampled\n\nSelf time by package / file:`);
for (const [name, micros] of [...buckets].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(micros)}  ${name}`);
console.log('\nHottest functions (self time):');
for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(micros)}  ${name}`);

// --inclusive <regex> (repeatable): time spent anywhere under a frame whose "function file" matches.
if (values.inclusive?.length) {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const busy = total - [...self].filter(([id]) => byId.get(id)!.callFrame.functionName === '(idle)').reduce((sum, [, micros]) => sum + micros, 0);
  console.log(`\nInclusive time (share of non-idle ${(busy / 1000).toFixed(0)} ms):`);
  for (const pattern of values.inclusive) {
    const regex = new RegExp(pattern);
    let micros = 0;
    for (const [id, t] of self) {
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const { callFrame } = byId.get(at)!;
        if (regex.test(`${callFrame.functionName} ${callFrame.url}`)) {
          micros += t;
          break;
        }
      }
    }
    console.log(`${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${pattern}`);
  }
}
