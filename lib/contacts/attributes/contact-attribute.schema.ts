// Custom contact attributes: the definition form (Settings → Contact fields) and the value
// rules every writer (edit form, CSV import) applies.
import { z } from 'zod';

export const contactAttributeTypes = ['text', 'number', 'date', 'select'] as const;
export type ContactAttributeType = (typeof contactAttributeTypes)[number];
export type ContactAttributeDefinition = { id: string; key: string; label: string; type: ContactAttributeType; options: string[] };

export const MAX_CONTACT_ATTRIBUTES = 50;
export const MAX_SELECT_OPTIONS = 50;

/** Column names of the CSV that attribute keys may not take. */
export const reservedContactColumns = ['id', 'name', 'email', 'phone', 'notes', 'channels', 'handles', 'last_seen', 'created_at'] as const;

export const createContactAttributeSchema = z
  .strictObject({
    label: z.string().trim().min(1, 'Enter a label.').max(60, 'Use at most 60 characters.').regex(/^[^\r\n]*$/, 'Use a single line.'),
    key: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z][a-z0-9_]{0,39}$/, 'Use a lowercase letter, then letters, digits or _ (at most 40), e.g. plan_tier.')
      .refine((key) => !(reservedContactColumns as readonly string[]).includes(key), 'That key is a built-in column; choose another.'),
    type: z.enum(contactAttributeTypes, { message: 'Choose a type.' }),
    /** For `select`: one choice per line. */
    options: z.string().max(5000).optional().default(''),
  })
  .transform((value, ctx) => {
    const options = [...new Set(value.options.split(/\r?\n/).map((o) => o.trim()).filter(Boolean))];
    if (value.type === 'select' && options.length === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Add at least one choice, one per line.' });
    if (options.length > MAX_SELECT_OPTIONS) ctx.addIssue({ code: 'custom', path: ['options'], message: `Use at most ${MAX_SELECT_OPTIONS} choices.` });
    if (options.some((o) => o.length > 60)) ctx.addIssue({ code: 'custom', path: ['options'], message: 'Keep each choice under 60 characters.' });
    return { ...value, options: value.type === 'select' ? options : [] };
  });

export const contactAttributeIdSchema = z.strictObject({ attributeId: z.uuid() });

/** One attribute value from a form or CSV cell → the stored JSON value (undefined clears it). */
export function parseAttributeValue(definition: ContactAttributeDefinition, raw: unknown): { ok: true; value: string | number | undefined } | { ok: false; error: string } {
  const text = typeof raw === 'string' ? raw.trim() : raw == null ? '' : String(raw);
  if (text === '') return { ok: true, value: undefined };
  switch (definition.type) {
    case 'text':
      return text.length > 500 ? { ok: false, error: `${definition.label}: use at most 500 characters.` } : { ok: true, value: text };
    case 'number': {
      const n = Number(text.replace(/,/g, ''));
      return /^-?[0-9][0-9,]*(\.[0-9]+)?$/.test(text) && Number.isFinite(n) ? { ok: true, value: n } : { ok: false, error: `${definition.label}: enter a number.` };
    }
    case 'date': {
      const valid = /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text);
      return valid ? { ok: true, value: text } : { ok: false, error: `${definition.label}: enter a date as YYYY-MM-DD.` };
    }
    case 'select':
      return definition.options.includes(text) ? { ok: true, value: text } : { ok: false, error: `${definition.label}: choose one of ${definition.options.join(', ')}.` };
  }
}

/** Values keyed by attribute key → validated values and per-key errors. Unknown keys are errors. */
export function validateAttributeValues(definitions: ContactAttributeDefinition[], input: Record<string, unknown>) {
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const values: Record<string, string | number | null> = {};
  const errors: Record<string, string> = {};
  for (const [key, raw] of Object.entries(input)) {
    const definition = byKey.get(key);
    if (!definition) {
      errors[key] = `"${key}" is not a contact field in this workspace.`;
      continue;
    }
    const parsed = parseAttributeValue(definition, raw);
    if (parsed.ok) values[key] = parsed.value ?? null;
    else errors[key] = parsed.error;
  }
  return { values, errors };
}
