// npm run events:replay -- [--status dead|failed|unroutable|queued] [--id <eventId>]
// Re-queues webhook events (default: dead and failed). Needs DATABASE_URL, like the worker;
// a running worker (or dev server) then processes them.
export {};
const { parseArgs } = await import('node:util');
const { values } = parseArgs({ options: { status: { type: 'string', multiple: true }, id: { type: 'string', multiple: true } } });

const { assertEnvOrExit } = await import('../lib/env');
assertEnvOrExit();
const { replayableStatuses, replayWebhookEvents } = await import('../lib/meta/webhooks/replay-webhook-events');
const { stopBoss } = await import('../lib/jobs/boss');
const { disconnectDb } = await import('../lib/db');

const statuses = values.status ?? (values.id ? [...replayableStatuses] : ['dead', 'failed']);
const unknown = statuses.filter((s) => !(replayableStatuses as readonly string[]).includes(s));
if (unknown.length) {
  console.error(`Unknown status ${unknown.join(', ')}; use one of ${replayableStatuses.join(', ')}.`);
  process.exit(2);
}
const result = await replayWebhookEvents({ statuses: statuses as (typeof replayableStatuses)[number][], eventIds: values.id });
console.log(`Re-queued ${result.requeued} event(s)${result.stillUnroutable ? `; ${result.stillUnroutable} still have no connected channel` : ''}.`);
await stopBoss({ graceful: true });
await disconnectDb();
