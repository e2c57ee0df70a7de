// The Settings form's unsaved changes, handed to the Playground through sessionStorage (same tab,
// per workspace, gone when the tab closes): nothing unsaved ever reaches the database. The
// playground validates what it reads with the same schema the server uses.
import { z } from 'zod';
import { agentSettingsSchema, type AgentSettingsInput } from '../agent-settings.schema';

export function settingsDraftKey(workspaceId: string): string {
  return `relaydesk:agent-settings-draft:${workspaceId}`;
}

const envelopeSchema = z.object({
  v: z.literal(1),
  savedAt: z.string(),
  /** The saved version the changes were made on. */
  baseVersion: z.number().int().min(0),
  settings: z.unknown(),
});

export function serializeSettingsDraft(settings: unknown, baseVersion: number, now = new Date()): string {
  return JSON.stringify({ v: 1, savedAt: now.toISOString(), baseVersion, settings });
}

export type SettingsDraft =
  | { status: 'absent' }
  | { status: 'unreadable' }
  | { status: 'invalid'; savedAt: string; baseVersion: number; fieldErrors: Record<string, string[]> }
  | { status: 'ready'; savedAt: string; baseVersion: number; settings: AgentSettingsInput };

/** What sessionStorage held: no draft, garbage, a draft the schema refuses (with errors by path), or a usable draft. */
export function readSettingsDraft(raw: string | null): SettingsDraft {
  if (raw === null || raw === '') return { status: 'absent' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { status: 'unreadable' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { status: 'unreadable' };
  const { savedAt, baseVersion, settings } = envelope.data;
  const parsed = agentSettingsSchema.safeParse(settings);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_form'] ??= []).push(issue.message);
    return { status: 'invalid', savedAt, baseVersion, fieldErrors };
  }
  // The raw input goes to the server (which parses it again), not the parsed output.
  return { status: 'ready', savedAt, baseVersion, settings: settings as AgentSettingsInput };
}

/**
 * The unsaved form state to bring back when Settings is reopened in the same tab (after trying it
 * in the Playground): only when it was made on the version now saved, else it would undo a newer save.
 */
export function restorableDraft(raw: string | null, version: number): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const envelope = envelopeSchema.safeParse(JSON.parse(raw));
    if (!envelope.success || envelope.data.baseVersion !== version) return null;
    const settings = envelope.data.settings;
    return settings && typeof settings === 'object' && !Array.isArray(settings) ? (settings as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
