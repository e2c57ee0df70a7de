import { z } from 'zod';

/** Body of POST /api/inbox/presence. Extra keys are ignored (sent by fetch keepalive on pagehide). */
export const presenceBeatSchema = z.object({
  conversationId: z.uuid(),
  state: z.enum(['viewing', 'typing', 'left']),
});
export type PresenceBeat = z.infer<typeof presenceBeatSchema>;

/** Someone counts as present if their last heartbeat is younger than this (beats every 20 s). */
export const PRESENCE_FRESH_MS = 45_000;
