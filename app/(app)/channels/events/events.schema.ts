import { z } from 'zod';

export const replayEventSchema = z.strictObject({ eventId: z.uuid('Choose an event.') });
export const replayAllDeadSchema = z.strictObject({});
export const eventsPageSchema = z.object({ cursor: z.uuid().optional().catch(undefined) });
