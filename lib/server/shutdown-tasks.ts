// Who stops what when a web process is told to stop. `next dev` and a bare `next start` give
// no hook, so code that must finish work on SIGTERM (the in-process job workers) listens for the
// signal itself. The production server (scripts/server.ts) must instead stop in order — stop
// accepting, finish the requests in flight, then the workers, then the database pool — so it
// claims shutdown before Next loads instrumentation.ts, and such code hands it a task instead.
// On globalThis: the server script and Next's bundles load separate copies of this module.
type Task = { name: string; run: () => Promise<void> };
type State = { claimed: boolean; tasks: Task[] };

const globalForShutdown = globalThis as unknown as { relaydeskShutdown?: State };
const state = (globalForShutdown.relaydeskShutdown ??= { claimed: false, tasks: [] });

/** Called by the server before anything can register: from now on signals are its business. */
export function claimShutdown(): void {
  state.claimed = true;
}

export function isShutdownClaimed(): boolean {
  return state.claimed;
}

export function addShutdownTask(name: string, run: () => Promise<void>): void {
  state.tasks.push({ name, run });
}

/** Names of the tasks waiting to run (tests, logs). */
export function pendingShutdownTasks(): string[] {
  return state.tasks.map((task) => task.name);
}

/** Runs every task at once and waits for all; returns the names of those that failed. */
export async function runShutdownTasks(): Promise<{ name: string; error: unknown }[]> {
  const tasks = state.tasks.splice(0);
  const results = await Promise.allSettled(tasks.map((task) => task.run()));
  return results.flatMap((result, index) => (result.status === 'rejected' ? [{ name: tasks[index]!.name, error: result.reason as unknown }] : []));
}
