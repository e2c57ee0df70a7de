// Conversions API events the app sent to the simulator, for the /dev/meta console and tests.
import { generateUuidV7 } from '../crypto/generate-uuid-v7';
import { listSimRecords, pruneSimRecords, putSimRecord } from './simulator-store';

export type SimCapiEvent = { pixelId: string; event: Record<string, unknown> & { event_name: string; event_id?: string }; at: string };

export async function recordSimCapiEvent(entry: Omit<SimCapiEvent, 'at'>): Promise<void> {
  await putSimRecord('capi_event', generateUuidV7(), { ...entry, at: new Date().toISOString() });
  if (Math.random() < 0.02) await pruneSimRecords('capi_event', 500);
}

export async function listSimCapiEvents(options: { take?: number } = {}): Promise<(SimCapiEvent & { id: string })[]> {
  const rows = await listSimRecords<SimCapiEvent>('capi_event', { take: options.take ?? 20 });
  return rows.map((r) => ({ id: r.key, ...r.data }));
}
