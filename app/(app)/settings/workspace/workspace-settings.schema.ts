import { z } from 'zod';
import { workspaceNameSchema } from '@/app/workspaces/workspace.schema';

export const renameWorkspaceSchema = z.strictObject({ name: workspaceNameSchema });

/** "" = off; otherwise minutes of operator inactivity (15 min – 24 h). */
export const autoHandBackSchema = z.strictObject({
  autoHandBackMinutes: z.preprocess(
    (v) => (v === '' || v === undefined ? null : v),
    z.coerce.number().int().min(15, 'At least 15 minutes.').max(1440, 'At most 24 hours.').nullable(),
  ),
});

export const autoHandBackChoices = [15, 30, 60, 120, 240, 480, 1440] as const;

export const historyRetentionSchema = z.strictObject({
  historyRetention: z.enum(['plan_default', 'days_90', 'months_12', 'forever'], { message: 'Choose how long to keep conversations.' }),
});

export const closeWorkspaceSchema = z.strictObject({ confirmName: z.string().max(200) });
