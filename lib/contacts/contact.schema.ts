// Shared by the contacts pages, their forms and their actions (and the CSV import, which
// validates each row with the same field schemas the edit form uses).
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const singleLine = (max: number, what: string) =>
  z.string().trim().max(max, `Use at most ${max} characters for the ${what}.`).regex(/^[^\r\n]*$/, `Use a single line for the ${what}.`);

export const contactChannelTypes = ['instagram', 'messenger', 'whatsapp'] as const;
export const contactSorts = ['last_seen', 'name', 'created'] as const;
/** "Last seen" filter: within the last N days, or never / longer ago. */
export const lastSeenFilters = ['7d', '30d', '90d', 'over_90d', 'never'] as const;

/** The list's query string; anything unknown or malformed falls back to the default. */
export const contactListFiltersSchema = z.object({
  q: z.preprocess(emptyToUndefined, z.string().trim().max(100).optional()).catch(undefined),
  channel: z.preprocess(emptyToUndefined, z.enum(contactChannelTypes).optional()).catch(undefined),
  label: z.preprocess(emptyToUndefined, z.uuid().optional()).catch(undefined),
  seen: z.preprocess(emptyToUndefined, z.enum(lastSeenFilters).optional()).catch(undefined),
  sort: z.preprocess(emptyToUndefined, z.enum(contactSorts).optional()).catch(undefined),
  cursor: z.preprocess(emptyToUndefined, z.string().max(400).optional()).catch(undefined),
});
export type ContactListFilters = z.infer<typeof contactListFiltersSchema>;

export const contactNameSchema = z.preprocess(emptyToUndefined, singleLine(120, 'name').optional());
export const contactEmailSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toLowerCase()) : v),
  z.email({ message: 'Enter a valid email address, e.g. ana@example.com.' }).max(254).optional(),
);
/** E.164-ish: an optional +, then 6–15 digits; spaces, dots, dashes and brackets are dropped. */
export const contactPhoneSchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.replace(/[\s().-]/g, '')) : v),
  z.string().regex(/^\+?[0-9]{6,15}$/, 'Enter a phone number with country code, e.g. +44 7700 900123.').transform((v) => (v.startsWith('+') ? v : `+${v}`)).optional(),
);
export const contactNotesSchema = z.preprocess(emptyToUndefined, z.string().max(5000, 'Use at most 5000 characters for the notes.').optional());

/**
 * The edit form: fixed fields plus `attr.<key>` for custom attributes (validated against the
 * workspace's definitions by validateAttributeValues, since the set differs per workspace).
 */
export const updateContactSchema = z
  .object({
    contactId: z.uuid(),
    name: contactNameSchema,
    email: contactEmailSchema,
    phone: contactPhoneSchema,
    notes: contactNotesSchema,
  })
  .catchall(z.unknown())
  .superRefine((value, issue) => {
    for (const key of Object.keys(value)) {
      if (!['contactId', 'name', 'email', 'phone', 'notes'].includes(key) && !/^attr\.[a-z][a-z0-9_]{0,39}$/.test(key)) {
        issue.addIssue({ code: 'custom', path: [], message: `Unrecognized key: "${key}"` });
      }
    }
  });
export type UpdateContactInput = z.infer<typeof updateContactSchema>;

/** Merge `sourceContactId`'s person into `targetContactId`'s (the target stays the primary). */
export const mergeContactsSchema = z.strictObject({ targetContactId: z.uuid(), sourceContactId: z.uuid() });

export const contactIdSchema = z.strictObject({ contactId: z.uuid() });
