'use server';
import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/actions/action-result';
import { runAction } from '@/lib/actions/run-action';
import { deleteKnowledgeFile } from '@/lib/agent/knowledge/delete-knowledge-file';
import { retryKnowledgeFile } from '@/lib/agent/knowledge/retry-knowledge-file';
import { getRequestMeta } from '@/lib/http/request-meta';
import { requireWorkspace } from '@/lib/workspaces/context';
import { knowledgeFileFormSchema } from './knowledge.schema';

export async function deleteKnowledgeFileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(knowledgeFileFormSchema, formData, async ({ fileId }) => {
    const ctx = await requireWorkspace('agent.configure');
    const { name } = await deleteKnowledgeFile({ ctx, fileId, meta: await getRequestMeta() });
    revalidatePath('/agent/knowledge');
    return { ok: true, message: `Deleted ${name}.` };
  });
}

export async function retryKnowledgeFileAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  return runAction(knowledgeFileFormSchema, formData, async ({ fileId }) => {
    const ctx = await requireWorkspace('agent.configure');
    const { status } = await retryKnowledgeFile({ ctx, fileId });
    revalidatePath('/agent/knowledge');
    return status === 'processing' ? { ok: true, message: 'Indexing again…' } : { ok: false, error: 'Indexing could not be started. Please try again in a minute.' };
  });
}
