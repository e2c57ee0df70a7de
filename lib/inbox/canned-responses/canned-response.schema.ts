// Canned responses: `/shortcut` in the composer inserts the body. Shared by the settings forms and actions.
import { z } from 'zod';

export const CANNED_BODY_MAX = 1000;

export const cannedResponseFieldsSchema = z.strictObject({
  shortcut: z.string().trim().toLowerCase()
    .min(1, 'Give it a shortcut')
    .max(40, 'Keep the shortcut to 40 characters or fewer')
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single dashes, like "opening-hours"'),
  body: z.string().trim().min(1, 'Write the response').max(CANNED_BODY_MAX, `Keep it to ${CANNED_BODY_MAX} characters or fewer`),
});

export const createCannedResponseSchema = cannedResponseFieldsSchema;
export const updateCannedResponseSchema = cannedResponseFieldsSchema.extend({ cannedResponseId: z.uuid() });
export const deleteCannedResponseSchema = z.strictObject({ cannedResponseId: z.uuid() });
