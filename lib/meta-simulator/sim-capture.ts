// What the app sent to the simulator: every request (tokens and secrets stripped) and, for
// sends, an "outbound" row the /dev/meta console lists.
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { listSimRecords, pruneSimRecords, putSimRecord } from './simulator-store';
import type { SimChannel } from './simulator-ids';

const SECRET_KEYS = new Set(['access_token', 'client_secret', 'fb_exchange_token', 'code', 'input_token', 'pin']);

export function withoutSecrets(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, SECRET_KEYS.has(k) ? '[redacted]' : v]));
}

export type SimCapturedRequest = { method: string; path: string; query: Record<string, unknown>; body: unknown; status: number; at: string };
export type SimOutbound = { channel: SimChannel; accountId: string; recipient: string; kind: string; payload: unknown; response: unknown; at: string };

const KEEP = 1000;
// Pruning on a small share of writes keeps the tables bounded without a job.
const maybePrune = (kind: 'request' | 'outbound') => (Math.random() < 0.02 ? pruneSimRecords(kind, KEEP) : Promise.resolve());

export async function captureSimRequest(entry: Omit<SimCapturedRequest, 'at'>): Promise<void> {
  await putSimRecord('request', generateUuidV7(), { ...entry, at: new Date().toISOString() });
  await maybePrune('request');
}

export async function recordSimOutbound(entry: Omit<SimOutbound, 'at'>): Promise<void> {
  await putSimRecord('outbound', generateUuidV7(), { ...entry, at: new Date().toISOString() });
  await maybePrune('outbound');
}

export async function listSimOutbound(options: { take?: number } = {}): Promise<(SimOutbound & { id: string })[]> {
  const rows = await listSimRecords<SimOutbound>('outbound', { take: options.take ?? 50 });
  return rows.map((r) => ({ id: r.key, ...r.data }));
}

export async function listSimRequests(options: { take?: number } = {}): Promise<(SimCapturedRequest & { id: string })[]> {
  const rows = await listSimRecords<SimCapturedRequest>('request', { take: options.take ?? 50 });
  return rows.map((r) => ({ id: r.key, ...r.data }));
}
