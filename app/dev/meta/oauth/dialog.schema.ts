import { z } from 'zod';

export const approveDialogSchema = z
  .object({
    dialog: z.enum(['facebook', 'instagram']),
    client_id: z.string().max(200),
    redirect_uri: z.string().max(2000),
    state: z.string().max(2000).optional(),
    scope: z.string().max(2000).optional().default(''),
    extras: z.string().max(4000).optional(),
    accounts: z.string().max(500).transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean)),
  })
  .strict();
