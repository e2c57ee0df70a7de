// Times `fn` RUNS times after WARMUP untimed calls; percentiles by nearest rank.
export async function timeRuns(fn: () => Promise<unknown>, runs: number, warmup: number): Promise<{ p50: number; p95: number; p99: number; max: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const pick = (q: number) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!;
  return { p50: pick(0.5), p95: pick(0.95), p99: pick(0.99), max: samples.at(-1)! };
}
