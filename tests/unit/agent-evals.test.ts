import { describe, expect, it } from 'vitest';
import { createOfflineProvider } from '@/lib/agent/providers/offline-provider';
import { evalScenarioSchema } from '@/tests/agent-evals/harness/eval-scenario.schema';
import { createInMemoryKnowledgeSearch } from '@/tests/agent-evals/harness/in-memory-knowledge';
import { loadScenarios } from '@/tests/agent-evals/harness/load-scenarios';
import { deepMerge, runScenario } from '@/tests/agent-evals/harness/run-scenario';

describe('agent eval harness', () => {
  it('loads at least 25 valid scenarios with unique names', async () => {
    expect((await loadScenarios()).length).toBeGreaterThanOrEqual(25);
  });

  it('reports a failing expectation instead of passing it', async () => {
    const scenario = evalScenarioSchema.parse({
      name: 'wrong on purpose',
      turns: [{ role: 'customer', text: 'Are you a bot?' }],
      expect: { action: 'handoff', mustMention: ['banana'], disclosesAi: false },
    });
    const outcome = await runScenario(scenario, { provider: createOfflineProvider(), model: 'offline-grounded' });
    expect(outcome.passed).toBe(false);
    expect(outcome.failures).toEqual(['expected handoff, got reply', 'does not mention "banana"', 'says it is an AI']);
  });

  it('deep-merges settings overrides (objects merge, arrays replace)', () => {
    expect(deepMerge({ a: { b: 1, c: 2 }, list: [1, 2] }, { a: { c: 3 }, list: [9] })).toEqual({ a: { b: 1, c: 3 }, list: [9] });
  });

  it('searches documents chunked by paragraph, with the heading above', async () => {
    const search = createInMemoryKnowledgeSearch([{ fileName: 'a.md', text: '# Care\n\nWash linen cold.\n\nStore wool dry.' }]);
    expect(await search('wash linen', 5)).toEqual([{ chunkId: 'file0-chunk1', fileId: 'file0', fileName: 'a.md', heading: 'Care', text: 'Wash linen cold.', rank: 1 }]);
  });
});
