'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { addNote } from '@/lib/inbox/notes/add-note';
import { deleteNote } from '@/lib/inbox/notes/delete-note';
import { addNoteSchema, noteIdSchema } from '@/lib/inbox/notes/note.schema';
import { requireWorkspace } from '@/lib/workspaces/context';

export async function addNoteAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(addNoteSchema, form, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await addNote({ ctx, ...values });
    revalidatePath('/inbox');
    return { ok: true, message: 'Note added.' };
  });
}

export async function deleteNoteAction(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  return runAction(noteIdSchema, form, async (values) => {
    const ctx = await requireWorkspace('inbox.use');
    await deleteNote({ ctx, noteId: values.noteId });
    revalidatePath('/inbox');
    return { ok: true, message: 'Note deleted.' };
  });
}
