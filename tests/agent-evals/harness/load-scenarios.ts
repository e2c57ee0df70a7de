// Reads and validates every tests/agent-evals/*.json file; a malformed file is an error naming the file.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { evalFileSchema, type EvalScenario } from './eval-scenario.schema';

export const evalDirectory = path.resolve(import.meta.dirname, '..');

export async function loadScenarios(directory = evalDirectory): Promise<{ file: string; scenario: EvalScenario }[]> {
  const files = (await readdir(directory)).filter((file) => file.endsWith('.json')).sort();
  const out: { file: string; scenario: EvalScenario }[] = [];
  for (const file of files) {
    const parsed = evalFileSchema.safeParse(JSON.parse(await readFile(path.join(directory, file), 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
    for (const scenario of Array.isArray(parsed.data) ? parsed.data : [parsed.data]) out.push({ file, scenario });
  }
  const names = new Set<string>();
  for (const { file, scenario } of out) {
    if (names.has(scenario.name)) throw new Error(`${file}: duplicate scenario name "${scenario.name}".`);
    names.add(scenario.name);
  }
  return out;
}
