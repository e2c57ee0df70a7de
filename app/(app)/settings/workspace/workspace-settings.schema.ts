import { z } from 'zod';
import { workspaceNameSchema } from '@/app/workspaces/workspace.schema';

export const renameWorkspaceSchema = z.strictObject({ name: workspaceNameSchema });
