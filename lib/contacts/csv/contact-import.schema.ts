import { z } from 'zod';
import { MAX_IMPORT_BYTES } from './contact-import-limits';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** The import form: the file's text (read in the browser), the channel for new WhatsApp contacts, and preview vs commit. */
export const contactImportSchema = z.strictObject({
  csv: z
    .string({ message: 'Choose a CSV file.' })
    .min(1, 'Choose a CSV file.')
    .refine((text) => Buffer.byteLength(text, 'utf8') <= MAX_IMPORT_BYTES, `The file is larger than ${Math.round(MAX_IMPORT_BYTES / 1024)} KB. Split it into smaller files.`),
  channelId: z.preprocess(emptyToUndefined, z.uuid().optional()),
  step: z.enum(['preview', 'commit']).default('preview'),
});
export type ContactImportInput = z.infer<typeof contactImportSchema>;
