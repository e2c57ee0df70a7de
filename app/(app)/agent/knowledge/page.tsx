import type { Metadata } from 'next';
import { KnowledgeAutoRefresh } from '@/components/agent/knowledge-auto-refresh';
import { KnowledgeFileActions } from '@/components/agent/knowledge-file-actions';
import { KnowledgeUploader } from '@/components/agent/knowledge-uploader';
import { formatBytes, knowledgeFormatInfo, knowledgeFormats, maxKnowledgeChars, supportedFormatsSentence } from '@/lib/agent/knowledge/knowledge-formats';
import { listKnowledgeFiles, type KnowledgeFileRow } from '@/lib/agent/knowledge/list-knowledge-files';
import { env } from '@/lib/env';
import { requireWorkspacePage } from '@/lib/workspaces/context';
import { deleteKnowledgeFileAction, retryKnowledgeFileAction } from './actions';

export const metadata: Metadata = { title: 'Knowledge · AI assistant' };

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

const typeLabel = (mimeType: string) => knowledgeFormats.map((f) => knowledgeFormatInfo[f]).find((info) => info.mimeType === mimeType)?.label ?? 'File';

function StatusBadge({ file }: { file: KnowledgeFileRow }) {
  const styles = {
    processing: 'bg-amber-50 text-amber-800 ring-amber-200',
    ready: 'bg-emerald-50 text-emerald-800 ring-emerald-200',
    failed: 'bg-red-50 text-red-800 ring-red-200',
  } as const;
  const label = { processing: 'Processing…', ready: 'Ready', failed: 'Failed' }[file.status];
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ${styles[file.status]}`}>{label}</span>;
}

export default async function AgentKnowledgePage() {
  const ctx = await requireWorkspacePage('agent.configure');
  const files = await listKnowledgeFiles({ ctx });
  const maxBytes = env().KNOWLEDGE_MAX_BYTES;
  const processing = files.some((file) => file.status === 'processing');

  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8 sm:px-6">
      <header>
        <h1 className="text-2xl font-bold tracking-tight">Knowledge files</h1>
        <p className="mt-1 text-slate-600">
          Documents the agent may quote when it answers: price lists, policies, menus, FAQs. For each customer message it searches these files and
          gives the best-matching passages to the model, and shows them as sources under the reply.
        </p>
      </header>

      <KnowledgeUploader maxBytes={maxBytes} formats={supportedFormatsSentence} files={Object.fromEntries(files.map((file) => [file.id, { status: file.status, chunkCount: file.chunkCount, error: file.error }]))} />
      <KnowledgeAutoRefresh active={processing} />

      <section aria-labelledby="files-title" className="rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        <h2 id="files-title" className="px-5 pt-5 font-semibold sm:px-6">Files</h2>
        <p className="px-5 text-sm text-slate-600 sm:px-6">
          Up to {formatBytes(maxBytes)} and {maxKnowledgeChars.toLocaleString('en')} characters of text per file. Times in UTC.
        </p>
        {files.length === 0 ? (
          <div className="px-5 py-8 text-sm text-slate-600 sm:px-6">
            <p className="font-medium text-slate-900">No files yet.</p>
            <p className="mt-1">
              Upload what your team would look up to answer customers — a {supportedFormatsSentence} file. Headings help: the agent cites them
              as “file › heading”. CSV rows are read as “Column: value”, so a product list with a header row works well.
            </p>
          </div>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200" aria-live="polite" aria-label="Knowledge files">
            {files.map((file) => (
              <li key={file.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start sm:justify-between sm:px-6">
                <div className="min-w-0">
                  <p className="flex flex-wrap items-center gap-2 font-medium">
                    <span className="break-all">{file.name}</span>
                    <StatusBadge file={file} />
                  </p>
                  <p className="text-sm text-slate-600">
                    {typeLabel(file.mimeType)} · {formatBytes(file.sizeBytes)} · {file.uploadedBy ?? 'Unknown'} ·{' '}
                    <time dateTime={file.createdAt.toISOString()}>{dateTimeFormat.format(file.createdAt)}</time>
                    {file.status === 'ready' ? ` · ${file.chunkCount} ${file.chunkCount === 1 ? 'passage' : 'passages'}` : ''}
                  </p>
                  {file.status === 'failed' && file.error ? <p className="mt-1 text-sm text-red-700">{file.error}</p> : null}
                </div>
                <KnowledgeFileActions fileId={file.id} fileName={file.name} canRetry={file.retryable} deleteAction={deleteKnowledgeFileAction} retryAction={retryKnowledgeFileAction} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
