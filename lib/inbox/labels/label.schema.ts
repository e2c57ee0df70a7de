// Shared by the label forms (settings and the conversation's label picker) and their actions.
import { z } from 'zod';

/** Tailwind 600 shades: each has ≥ 3:1 contrast on white, enough for a colour dot next to text. */
export const labelPalette = [
  { name: 'Slate', value: '#475569' },
  { name: 'Red', value: '#dc2626' },
  { name: 'Orange', value: '#ea580c' },
  { name: 'Amber', value: '#d97706' },
  { name: 'Green', value: '#16a34a' },
  { name: 'Teal', value: '#0d9488' },
  { name: 'Sky', value: '#0284c7' },
  { name: 'Indigo', value: '#4f46e5' },
  { name: 'Violet', value: '#7c3aed' },
  { name: 'Pink', value: '#db2777' },
] as const;

export const labelColorValues = labelPalette.map((c) => c.value) as [string, ...string[]];

export const labelNameSchema = z
  .string({ message: 'Enter a name.' })
  .trim()
  .min(1, 'Enter a name.')
  .max(40, 'Use at most 40 characters.')
  .regex(/^[^\r\n]*$/, 'Use a single line.');
export const labelColorSchema = z.enum(labelColorValues, { message: 'Choose a colour from the palette.' });

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** `conversationId` (optional): apply the new label to this conversation at once (inline create). */
export const createLabelSchema = z.strictObject({
  name: labelNameSchema,
  color: labelColorSchema,
  conversationId: z.preprocess(emptyToUndefined, z.uuid().optional()),
});
export const updateLabelSchema = z.strictObject({ labelId: z.uuid(), name: labelNameSchema, color: labelColorSchema });
export const labelIdSchema = z.strictObject({ labelId: z.uuid() });
export const toggleConversationLabelSchema = z.strictObject({
  conversationId: z.uuid(),
  labelId: z.uuid(),
  applied: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export type CreateLabelInput = z.infer<typeof createLabelSchema>;
