import { z } from 'zod';

const toArray = (v: unknown) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]);

/**
 * `mentionedIds`: the members the autocomplete inserted (disambiguates two people with one
 * name). Only a hint: the server keeps ids that are members of this workspace AND whose
 * `@Name` is still in the body, and adds any `@Name` typed by hand.
 */
export const addNoteSchema = z.strictObject({
  conversationId: z.uuid(),
  body: z.string({ message: 'Write a note.' }).trim().min(1, 'Write a note.').max(5000, 'Notes are limited to 5,000 characters.'),
  mentionedIds: z.preprocess(toArray, z.array(z.uuid()).max(50)),
});
export const noteIdSchema = z.strictObject({ noteId: z.uuid() });
export type AddNoteInput = z.infer<typeof addNoteSchema>;
