// The job runners of this process, by queue, so whatever inserts jobs can wake them at once
// instead of waiting for their poll: enqueue() in this process, and the NOTIFY listener for jobs
// inserted by other processes or by the webhook intake's SQL.
import type { QueueRunner } from './run-queue';

const globalForRunners = globalThis as unknown as { relaydeskQueueRunners?: Map<string, QueueRunner> };
const runners = (globalForRunners.relaydeskQueueRunners ??= new Map<string, QueueRunner>());

export function registerQueueRunner(runner: QueueRunner): () => void {
  runners.set(runner.name, runner);
  return () => {
    if (runners.get(runner.name) === runner) runners.delete(runner.name);
  };
}

/** Wakes this process's runner for `queue` (at `startAfter` if given); false when none runs here. */
export function wakeQueue(queue: string, startAfter?: Date | number): boolean {
  const runner = runners.get(queue);
  if (!runner) return false;
  if (startAfter !== undefined && Number(startAfter) > Date.now()) runner.wakeAt(startAfter);
  else runner.wake();
  return true;
}

export function queueRunners(): QueueRunner[] {
  return [...runners.values()];
}
