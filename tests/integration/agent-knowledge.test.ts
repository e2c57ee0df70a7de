// Knowledge files end to end: text extraction of real PDF/DOCX/CSV/TXT/MD files (and clear
// failures for encrypted, damaged, empty, oversized, textless and unsupported ones), the upload
// route, the indexing job on the real database, duplicates, delete, retry, and isolation.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/agent/knowledge/route';
import { deleteKnowledgeFile } from '@/lib/agent/knowledge/delete-knowledge-file';
import { extractKnowledgeText } from '@/lib/agent/knowledge/extract-text';
import { maxKnowledgeChars } from '@/lib/agent/knowledge/knowledge-formats';
import { retryKnowledgeFile } from '@/lib/agent/knowledge/retry-knowledge-file';
import { searchKnowledge } from '@/lib/agent/knowledge/search-knowledge';
import { uploadKnowledgeFile } from '@/lib/agent/knowledge/upload-knowledge-file';
import { db } from '@/lib/db';
import { isAppError } from '@/lib/errors';
import { getBoss } from '@/lib/jobs/boss';
import { indexKnowledgeFileJob } from '@/lib/jobs/definitions/index-knowledge-file';
import { logger } from '@/lib/logger';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { addMember, contextFor, twoWorkspaceContexts } from '../factories';
import { corruptPdf, makeDocx, makePdf, pngBytes } from '../support/knowledge-fixtures';
import { mockRequest, sameOriginHeaders } from '../support/mock-request';
import { signInAs } from '../support/sign-in';

vi.mock('next/headers', async () => (await import('../support/mock-request')).nextHeadersMock());

const tenMb = 10 * 1024 * 1024;
let workspaceId: string;
let ctx: WorkspaceContext;
let otherCtx: WorkspaceContext;

const signIn = (userId: string) => signInAs(userId, workspaceId);

beforeAll(async () => {
  ({ workspaceId, ctx, otherCtx } = await twoWorkspaceContexts());
  await signIn(ctx.user.id);
});
afterEach(() => void (mockRequest.headers = sameOriginHeaders()));

const extract = (fileName: string, bytes: Uint8Array) => extractKnowledgeText({ fileName, bytes });
async function failure(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return { code: error.code, message: error.message };
}

function uploadRequest(name: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name));
  return POST(new Request('http://localhost:3000/api/agent/knowledge', { method: 'POST', body: form, headers: { ...Object.fromEntries(sameOriginHeaders()), ...headers } }));
}
const runJob = (fileId: string, attempt = 1) => indexKnowledgeFileJob.handler({ workspaceId, fileId }, { jobId: 'test', attempt, log: logger });

describe('text extraction', () => {
  it('reads a PDF, a DOCX with headings, a CSV as "Column: value" rows, TXT and Markdown', async () => {
    expect(await extract('policy.pdf', makePdf(['Refund policy (EU)', 'Returns within 30 days.']))).toMatchObject({ format: 'pdf', text: 'Refund policy (EU)\nReturns within 30 days.' });
    expect(await extract('hours.docx', await makeDocx([{ heading: 'Opening hours' }, { text: 'We open 9 to 17.' }]))).toMatchObject({ format: 'docx', text: '# Opening hours\n\nWe open 9 to 17.' });
    expect(await extract('prices.csv', Buffer.from('\uFEFFProduct;Price;Notes\nShirt;25 €;\n"Hat, wool";10 €;"Hand wash"\n'))).toMatchObject({
      format: 'csv', header: ['Product', 'Price', 'Notes'], records: ['Product: Shirt\nPrice: 25 €', 'Product: Hat, wool\nPrice: 10 €\nNotes: Hand wash'],
    });
    expect(await extract('faq.txt', Buffer.from('¿Envían a Canarias?\r\nSí, en 5 días.'))).toMatchObject({ format: 'txt', text: '¿Envían a Canarias?\nSí, en 5 días.' });
    expect(await extract('faq.md', Buffer.from('# FAQ\n\nDo you deliver? Yes.'))).toMatchObject({ format: 'md', text: '# FAQ\n\nDo you deliver? Yes.' });
  });

  it('explains encrypted, damaged, textless, empty, unsupported and too-long files', async () => {
    expect((await failure(extract('locked.pdf', makePdf(['Secret'], { encrypt: true })))).message).toBe('The PDF is password-protected. Remove the password and upload it again.');
    expect((await failure(extract('broken.pdf', corruptPdf()))).message).toBe('The PDF could not be read (it may be damaged).');
    expect((await failure(extract('scan.pdf', makePdf([])))).message).toMatch(/^No text found — scanned PDFs need OCR, which Relaydesk does not do/);
    expect((await failure(extract('empty.txt', new Uint8Array()))).message).toBe('The file is empty.');
    expect((await failure(extract('blank.md', Buffer.from('  \n\n ')))).message).toBe('No text found in this file.');
    expect((await failure(extract('broken.docx', Buffer.from('PK\u0003\u0004 word/document.xml garbage')))).message).toMatch(/Word document could not be read/);
    expect((await failure(extract('logo.png', pngBytes()))).message).toMatch(/cannot read a PNG image.*PDF \(\.pdf\), Word \(\.docx\), CSV \(\.csv\), text \(\.txt\) or Markdown \(\.md\)/);
    expect((await failure(extract('huge.txt', Buffer.alloc(maxKnowledgeChars + 10, 'a')))).message).toMatch(/too much text .*limit is 2,000,000/);
  });
});

describe('upload route and indexing job', () => {
  let fileId: string;
  const markdown = Buffer.from('# Shipping\n\nWe ship to the Canary Islands in 5 days for 9 euros.\n\n# Returns\n\nReturns are free within 30 days.\n');

  it('stores the file as processing, queues the job, and the job indexes it', async () => {
    const response = await uploadRequest('policies.md', markdown);
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string; name: string; status: string };
    expect(body).toMatchObject({ name: 'policies.md', status: 'processing' });
    fileId = body.id;
    expect(await db.knowledgeFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ workspaceId, status: 'processing', uploadedById: ctx.user.id, mimeType: 'text/markdown', sizeBytes: markdown.length });

    const jobs = await (await getBoss()).fetch<{ fileId: string }>('index-knowledge-file', { batchSize: 10 });
    expect(jobs.map((job) => job.data.fileId)).toContain(fileId);

    await runJob(fileId);
    expect(await db.knowledgeFile.findUniqueOrThrow({ where: { id: fileId } })).toMatchObject({ status: 'ready', error: null, chunkCount: 2 });
    // Idempotent: a second run replaces the passages instead of adding to them.
    await runJob(fileId);
    const chunks = await db.knowledgeChunk.findMany({ where: { fileId }, orderBy: { ordinal: 'asc' } });
    expect(chunks.map((c) => [c.ordinal, c.heading])).toEqual([[0, 'Shipping'], [1, 'Returns']]);
    expect(chunks.every((c) => c.workspaceId === workspaceId)).toBe(true);

    const results = await searchKnowledge({ workspaceId, query: 'Do you ship to the Canary Islands?', limit: 3 });
    expect(results[0]).toMatchObject({ fileId, fileName: 'policies.md', heading: 'Shipping' });
    expect(await searchKnowledge({ workspaceId: otherCtx.workspace.id, query: 'Canary Islands', limit: 3 })).toEqual([]);
    expect(await db.auditLog.count({ where: { workspaceId, action: 'agent.knowledge_file_uploaded', targetId: fileId } })).toBe(1);
  });

  it('refuses the same file twice in one workspace, but not in another', async () => {
    const response = await uploadRequest('copy.md', markdown);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ message: 'This file is already in your knowledge base (policies.md).' });
    await expect(uploadKnowledgeFile({ ctx: otherCtx, fileName: 'policies.md', bytes: markdown })).resolves.toMatchObject({ status: 'processing' });
  });

  it('refuses unsupported, empty and oversized uploads before storing anything', async () => {
    const before = await db.knowledgeFile.count({ where: { workspaceId } });
    const png = await uploadRequest('logo.png', pngBytes());
    expect(png.status).toBe(400);
    expect(((await png.json()) as { message: string }).message).toMatch(/cannot read a PNG image/);
    expect((await uploadRequest('empty.txt', new Uint8Array())).status).toBe(400);
    // Declared too large: refused from Content-Length without reading.
    const declared = await POST(new Request('http://localhost:3000/api/agent/knowledge', { method: 'POST', body: 'x', headers: { ...Object.fromEntries(sameOriginHeaders()), 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(tenMb * 2) } }));
    expect(declared.status).toBe(413);
    // Really too large (Content-Length not trusted): refused while reading.
    const big = await uploadRequest('big.txt', Buffer.alloc(tenMb + 1, 'a'));
    expect(big.status).toBe(413);
    expect(((await big.json()) as { message: string }).message).toBe('This file is too large: knowledge files can be at most 10 MB. Split it into smaller files.');
    expect(await db.knowledgeFile.count({ where: { workspaceId } })).toBe(before);
  });

  it('strips bidi overrides and other invisible controls from the stored name', async () => {
    // Displayed with the override, "prices\u202Etxt.md" reads "pricesdm.txt".
    const { id, name } = await uploadKnowledgeFile({ ctx, fileName: 'prices\u202Etxt.md\u2067\u0007', bytes: Buffer.from('# Prices\n\nShirts cost 25 euros.') });
    expect(name).toBe('pricestxt.md');
    expect((await db.knowledgeFile.findUniqueOrThrow({ where: { id } })).name).toBe('pricestxt.md');
  });

  it('refuses cross-site requests and members without agent.configure', async () => {
    mockRequest.headers = new Headers({ host: 'localhost:3000', origin: 'https://evil.example' });
    expect((await uploadRequest('x.md', Buffer.from('# x'))).status).toBe(403);
    mockRequest.headers = sameOriginHeaders();
    const agent = await addMember(workspaceId, 'agent');
    await signIn(agent.id);
    expect((await uploadRequest('y.md', Buffer.from('# y'))).status).toBe(403);
    await signIn(ctx.user.id);
  });

  it('marks a bad file failed with the reason instead of failing the job, and Retry re-queues it', async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'locked.pdf', bytes: makePdf(['Secret'], { encrypt: true }) });
    await expect(runJob(id)).resolves.toBeUndefined();
    expect(await db.knowledgeFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'failed', error: 'The PDF is password-protected. Remove the password and upload it again.', chunkCount: 0 });

    const { id: scanId } = await uploadKnowledgeFile({ ctx, fileName: 'scan.pdf', bytes: makePdf([]) });
    await runJob(scanId);
    expect((await db.knowledgeFile.findUniqueOrThrow({ where: { id: scanId } })).error).toMatch(/scanned PDFs need OCR/);

    await expect(retryKnowledgeFile({ ctx, fileId: id })).resolves.toEqual({ status: 'processing' });
    expect((await failure(retryKnowledgeFile({ ctx, fileId: id }))).message).toBe('This file is already being indexed.');
    await runJob(id);
    expect((await db.knowledgeFile.findUniqueOrThrow({ where: { id } })).status).toBe('failed');
  });

  it('indexes DOCX and CSV uploads', async () => {
    const { id: docx } = await uploadKnowledgeFile({ ctx, fileName: 'menu.docx', bytes: await makeDocx([{ heading: 'Vegan menu' }, { text: 'The lentil curry is vegan and gluten free.' }]) });
    const { id: csv } = await uploadKnowledgeFile({ ctx, fileName: 'prices.csv', bytes: Buffer.from('Product,Price\nLinen shirt,45 €\nWool hat,20 €\n') });
    await runJob(docx);
    await runJob(csv);
    expect(await db.knowledgeChunk.findMany({ where: { fileId: docx }, select: { heading: true, text: true } })).toEqual([{ heading: 'Vegan menu', text: 'The lentil curry is vegan and gluten free.' }]);
    expect(await db.knowledgeChunk.findMany({ where: { fileId: csv }, select: { heading: true, text: true } })).toEqual([{ heading: 'Product · Price', text: 'Product: Linen shirt\nPrice: 45 €\n\nProduct: Wool hat\nPrice: 20 €' }]);
    expect((await searchKnowledge({ workspaceId, query: 'how much is the linen shirt', limit: 1 }))[0]?.fileId).toBe(csv);
  });

  it('a job for a deleted file ends quietly; after the last retry an infrastructure failure leaves the file failed, not stuck', async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'gone.md', bytes: Buffer.from('# Gone\n\nSoon deleted.') });
    await deleteKnowledgeFile({ ctx, fileId: id });
    await expect(runJob(id)).resolves.toBeUndefined();

    const { id: stuck } = await uploadKnowledgeFile({ ctx, fileName: 'stuck.md', bytes: Buffer.from('# Stuck\n\nText.') });
    // A database that refuses the write (as when it is failing over): the job must throw so pg-boss retries…
    await db.$executeRawUnsafe(`ALTER TABLE "KnowledgeChunk" ADD CONSTRAINT "test_refuse_writes" CHECK (false) NOT VALID`);
    try {
      await expect(runJob(stuck, 1)).rejects.toThrow();
      expect((await db.knowledgeFile.findUniqueOrThrow({ where: { id: stuck } })).status).toBe('processing');
      // …and on the last attempt give up cleanly instead of leaving "processing" forever.
      await expect(runJob(stuck, indexKnowledgeFileJob.retry.limit + 1)).resolves.toBeUndefined();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "KnowledgeChunk" DROP CONSTRAINT "test_refuse_writes"`);
    }
    expect(await db.knowledgeFile.findUniqueOrThrow({ where: { id: stuck } })).toMatchObject({ status: 'failed', error: expect.stringMatching(/Press Retry/) });
  });

  it('deletes a file with its passages, audited', async () => {
    const { name } = await deleteKnowledgeFile({ ctx, fileId });
    expect(name).toBe('policies.md');
    expect(await db.knowledgeFile.findUnique({ where: { id: fileId } })).toBeNull();
    expect(await db.knowledgeChunk.count({ where: { fileId } })).toBe(0);
    expect(await db.auditLog.count({ where: { workspaceId, action: 'agent.knowledge_file_deleted', targetId: fileId } })).toBe(1);
    expect((await failure(deleteKnowledgeFile({ ctx, fileId }))).code).toBe('not_found');
  });

  it("never lets another workspace delete or retry a file", async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'private.md', bytes: Buffer.from('# Private\n\nOnly for A.') });
    await db.knowledgeFile.update({ where: { id }, data: { status: 'failed', error: 'x' } });
    expect((await failure(deleteKnowledgeFile({ ctx: otherCtx, fileId: id }))).code).toBe('not_found');
    expect((await failure(retryKnowledgeFile({ ctx: otherCtx, fileId: id }))).code).toBe('not_found');
    expect(await db.knowledgeFile.findUniqueOrThrow({ where: { id } })).toMatchObject({ workspaceId, status: 'failed' });
    // The uploader's context in its own workspace still works.
    const adminCtx = await contextFor((await addMember(workspaceId, 'admin')).id, workspaceId);
    await expect(deleteKnowledgeFile({ ctx: adminCtx, fileId: id })).resolves.toMatchObject({ name: 'private.md' });
  });
});
