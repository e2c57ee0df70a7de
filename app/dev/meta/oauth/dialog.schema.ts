import { z } from 'zod';

export const approveDialogSchema = z
  .object({
    dialog: z.enum(['facebook', 'instagram']),
    client_id: z.string().max(200),
    redirect_uri: z.string().max(2000),
    state: z.string().max(2000).optional(),
    scope: z.string().max(2000).optional().default(''),
    extras: z.string().max(4000).optional(),
    // One value (radio) or several (checkbox group) — or a comma list from scripted callers.
    accounts: z
      .union([z.string().max(500), z.array(z.string().max(100)).max(20)], { error: 'Choose an account to continue.' })
      .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean)),
  })
  .strict();
