import { z } from 'zod';
import { browserTimeZoneSchema } from '@/lib/workspaces/time-zone.schema';

export const workspaceNameSchema = z.string().trim().min(2, 'Use at least 2 characters.').max(80, 'Use at most 80 characters.');

export const createWorkspaceSchema = z.strictObject({ name: workspaceNameSchema, timeZone: browserTimeZoneSchema });
export const switchWorkspaceSchema = z.strictObject({ workspaceId: z.uuid() });

export const restoreWorkspaceSchema = z.strictObject({ workspaceId: z.uuid() });
