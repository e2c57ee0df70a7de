// One budget of running jobs shared by every queue runner of a process (lib/jobs/run-queue.ts).
// Handlers take their connections from the process's one pg pool (DATABASE_POOL_SIZE, 5 s
// checkout timeout — lib/db.ts). The per-queue limits add up to far more than the pool
// (agent-reply 16 + process-webhook-event 8 + send-message 8 + WORKER_CONCURRENCY for each other
// queue), so on a burst jobs would wait for connections and fail on the checkout timeout, or
// starve a handler that holds a transaction and needs a second connection. Capping the jobs that
// run at once below the pool size keeps connections for those second queries, enqueue's NOTIFY and
// (in single-process deployments) web requests. More throughput = a bigger DATABASE_POOL_SIZE.

/** Connections the job runner leaves free for everything else in the process. */
export const POOL_HEADROOM = 2;

export type JobSlots = {
  readonly size: number;
  /** Slots free right now. */
  free(): number;
  /** Reserves up to `wanted` slots (synchronously, so two runners never take the same one). */
  take(wanted: number): number;
  /** Gives back `count` slots and wakes the runners that wait for one. */
  give(count: number): void;
  /** Calls `wake` whenever slots are given back; returns the unsubscribe. */
  onFree(wake: () => void): () => void;
};

export function jobSlotsForPool(poolSize: number): number {
  return Math.max(1, poolSize - POOL_HEADROOM);
}

export function createJobSlots(size: number): JobSlots {
  let used = 0;
  const waiters = new Set<() => void>();
  return {
    size,
    free: () => size - used,
    take(wanted) {
      const taken = Math.max(0, Math.min(wanted, size - used));
      used += taken;
      return taken;
    },
    give(count) {
      used = Math.max(0, used - count);
      if (count > 0) for (const wake of [...waiters]) wake();
    },
    onFree(wake) {
      waiters.add(wake);
      return () => waiters.delete(wake);
    },
  };
}
