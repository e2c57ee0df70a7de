// One `npm run worker`-style process for `bench:agent-loop --worker-processes N`: the same
// startWorkers() as scripts/worker.ts, plus round-trip and CPU counters the bench reads over IPC
// ({ type: 'stats' } → { type: 'stats', roundTrips, byStatement, cpuMs, running }).
import { countRoundTrips } from './count-round-trips';

const counter = countRoundTrips({ trace: process.env.BENCH_TRACE_QUERIES === '1' });
const { startWorkers } = await import('../../lib/jobs/start-workers');
const { queueRunners } = await import('../../lib/jobs/wake-queue');
const stop = await startWorkers();

process.on('message', (message: { type?: string }) => {
  if (message.type === 'stats') {
    const cpu = process.cpuUsage();
    process.send?.({
      type: 'stats', roundTrips: counter.total(), byStatement: [...counter.byStatement], cpuMs: (cpu.user + cpu.system) / 1000,
      running: queueRunners().reduce((sum, runner) => sum + runner.stats().running, 0),
    });
  }
  if (message.type === 'stop') void stop(5_000).then(() => process.exit(0));
});
process.send?.({ type: 'ready' });
