// SimulatorRecord access. The simulator is a dev tool outside tenancy (no workspaceId), so
// these helpers use `db` directly; nothing here is reachable unless devToolsEnabled().
import { db } from '../db';
import type { Prisma } from '../generated/prisma/client';

export type SimKind =
  | 'account' | 'customer' | 'token' | 'oauth_code' | 'template' | 'media' | 'switches'
  | 'request' | 'outbound' | 'comment' | 'private_reply' | 'subscription' | 'capi_event'
  // The Stripe stand-in (lib/stripe-standin) keeps its objects in the same table.
  | 'stripe_customer' | 'stripe_checkout_session' | 'stripe_portal_session' | 'stripe_subscription' | 'stripe_invoice' | 'stripe_event' | 'stripe_idempotency';

export async function getSimRecord<T>(kind: SimKind, key: string): Promise<T | null> {
  const row = await db.simulatorRecord.findUnique({ where: { kind_key: { kind, key } }, select: { data: true } });
  return row ? (row.data as T) : null;
}

export async function putSimRecord(kind: SimKind, key: string, data: object): Promise<void> {
  const json = data as Prisma.InputJsonValue;
  await db.simulatorRecord.upsert({ where: { kind_key: { kind, key } }, create: { kind, key, data: json }, update: { data: json } });
}

/** Inserts only if absent; false when the key already exists (atomic "once" semantics). */
export async function insertSimRecordOnce(kind: SimKind, key: string, data: object): Promise<boolean> {
  const result = await db.simulatorRecord.createMany({ data: [{ kind, key, data: data as Prisma.InputJsonValue }], skipDuplicates: true });
  return result.count === 1;
}

export async function insertSimRecordsIfMissing(rows: { kind: SimKind; key: string; data: object }[]): Promise<void> {
  await db.simulatorRecord.createMany({ data: rows.map((r) => ({ ...r, data: r.data as Prisma.InputJsonValue })), skipDuplicates: true });
}

/** Deletes and returns the record, so a one-time value can be used once even under races. */
export async function takeSimRecord<T>(kind: SimKind, key: string): Promise<T | null> {
  try {
    const row = await db.simulatorRecord.delete({ where: { kind_key: { kind, key } }, select: { data: true } });
    return row.data as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'P2025') return null;
    throw error;
  }
}

export async function listSimRecords<T>(kind: SimKind, options: { take?: number } = {}): Promise<{ key: string; createdAt: Date; data: T }[]> {
  const rows = await db.simulatorRecord.findMany({ where: { kind }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: options.take ?? 100, select: { key: true, createdAt: true, data: true } });
  return rows.map((r) => ({ key: r.key, createdAt: r.createdAt, data: r.data as T }));
}

export async function deleteSimRecord(kind: SimKind, key: string): Promise<boolean> {
  const rows = await db.simulatorRecord.deleteMany({ where: { kind, key } });
  return rows.count > 0;
}

/** Keeps the newest `keep` records of a kind (captured traffic would otherwise grow forever). */
export async function pruneSimRecords(kind: SimKind, keep: number): Promise<void> {
  const boundary = await db.simulatorRecord.findMany({ where: { kind }, orderBy: { createdAt: 'desc' }, skip: keep, take: 1, select: { createdAt: true } });
  if (boundary[0]) await db.simulatorRecord.deleteMany({ where: { kind, createdAt: { lte: boundary[0].createdAt } } });
}
