// Routing for the webhook intake: which channel (and workspace) each routing key belongs to,
// cached in this process so a delivery costs no lookup at all in the common case and at most
// one query for all its unknown keys (a 500-entry delivery used to make 500 lookups inside
// its transaction).
//
// Staleness is bounded and harmless by design:
//  - this process forgets everything when it connects, disconnects or deauthorizes a channel
//    (forgetChannelRoutes, called by lib/channels and lib/privacy);
//  - other processes keep an entry at most ROUTE_TTL_MS (NO_ROUTE_TTL_MS for "no channel", so
//    a freshly connected account routes within seconds everywhere);
//  - the worker re-checks the channel before storing anything (process-webhook-event.ts): an
//    event routed to a channel disconnected meanwhile is re-routed or kept `unroutable`, never
//    stored into a disconnected channel.
import type { ChannelType } from '../../generated/prisma/enums';
import { sqlPool } from '../../db';

export type ChannelRoute = { id: string; workspaceId: string } | null;

export const ROUTE_TTL_MS = 30_000;
export const NO_ROUTE_TTL_MS = 5_000;
/** Bounds memory if a flood of deliveries names ever-new accounts; the oldest entries go first. */
const MAX_ENTRIES = 10_000;

const globalForRoutes = globalThis as unknown as { relaydeskChannelRoutes?: { entries: Map<string, { route: ChannelRoute; expiresAt: number }>; generation: number } };
const state = (globalForRoutes.relaydeskChannelRoutes ??= { entries: new Map(), generation: 0 });

/**
 * The active channel for each routing key of one channel type (null = none, or disconnected).
 * Unsafe in the house sense — unscoped by workspace — because a webhook names no workspace:
 * safe since (type, externalId) is unique and the body's signature was verified first.
 */
export async function unsafeFindChannelRoutes(type: ChannelType, routingKeys: readonly (string | null)[]): Promise<Map<string, ChannelRoute>> {
  const now = Date.now();
  const routes = new Map<string, ChannelRoute>();
  const missing: string[] = [];
  for (const key of new Set(routingKeys)) {
    if (key === null) continue;
    const cached = state.entries.get(`${type}:${key}`);
    if (cached && cached.expiresAt > now) routes.set(key, cached.route);
    else missing.push(key);
  }
  if (!missing.length) return routes;

  const generation = state.generation;
  const { rows } = await sqlPool().query<{ id: string; workspaceId: string; externalId: string }>(
    `select id, "workspaceId", "externalId" from "Channel" where type = $1::"ChannelType" and "externalId" = any($2::text[]) and status <> 'disconnected'`,
    [type, missing],
  );
  const found = new Map(rows.map((row) => [row.externalId, { id: row.id, workspaceId: row.workspaceId }]));
  // A channel change while the query ran may have made its answer stale: use it, don't keep it.
  const keep = generation === state.generation;
  for (const key of missing) {
    const route = found.get(key) ?? null;
    routes.set(key, route);
    if (keep) remember(`${type}:${key}`, route, now + (route ? ROUTE_TTL_MS : NO_ROUTE_TTL_MS));
  }
  return routes;
}

/** Drops every cached route in this process; call after any change to a channel's routing. */
export function forgetChannelRoutes(): void {
  state.entries.clear();
  state.generation++;
}

function remember(key: string, route: ChannelRoute, expiresAt: number) {
  state.entries.delete(key);
  if (state.entries.size >= MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  state.entries.set(key, { route, expiresAt });
}
