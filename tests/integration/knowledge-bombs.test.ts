// Decompression bombs (issue 12, item 2), built in the test: a DOCX whose document.xml inflates
// to 300 MB (and one that lies about it in its headers), a PDF with a 300 MB Flate content stream
// (and one hidden behind ASCIIHexDecode, so only the memory limit can stop it), a PDF with 5,000
// pages, and archives with too many parts. Each goes through the real indexing job: extraction
// happens in a child process (never this one), the file ends `failed` with an owner-facing reason
// and `limitBreach`, this process's memory stays flat, and nothing reads the file again — not a
// re-run of the job (what pg-boss does after an expiry or a crash), not Retry.
//
// Before this fix the same files were read in-process: the 20 MB-of-XML DOCX alone took 2.2 GB
// RSS and 75 s, the 100 MB PDF 1.2 GB and 54 s (docs/security.md, "Knowledge file extraction").
import type { ChildProcess } from 'node:child_process';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { extractInChildProcess } from '@/lib/agent/knowledge/extract-in-child-process';
import { KnowledgeLimitError } from '@/lib/agent/knowledge/extraction-limits';
import { retryKnowledgeFile } from '@/lib/agent/knowledge/retry-knowledge-file';
import { uploadKnowledgeFile } from '@/lib/agent/knowledge/upload-knowledge-file';
import { db } from '@/lib/db';
import { indexKnowledgeFileJob } from '@/lib/jobs/definitions/index-knowledge-file';
import { logger } from '@/lib/logger';
import type { WorkspaceContext } from '@/lib/workspaces/context';
import { twoWorkspaceContexts } from '../factories';
import { makeDocxBomb, makeDocxWithEntries, makeDocxWithManyParts, makePdfFlateBomb, makePdfWithPages } from '../support/bomb-fixtures';
import { makeDocx, makePdf } from '../support/knowledge-fixtures';

// Count every process the code under test starts: extraction must happen in a child.
const spawned = vi.hoisted(() => ({ pids: [] as number[] }));
vi.mock('node:child_process', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:child_process')>();
  const spawn = ((...args: Parameters<typeof actual.spawn>) => {
    const child = actual.spawn(...args) as ChildProcess;
    if (child.pid) spawned.pids.push(child.pid);
    return child;
  }) as typeof actual.spawn;
  return { ...actual, default: { ...actual, spawn }, spawn };
});

// A tight memory budget keeps the hidden bomb's run short; the default is 768 MB.
process.env.KNOWLEDGE_EXTRACTION_MEMORY_MB = '320';

const MB = 1024 * 1024;
let ctx: WorkspaceContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId, ctx } = await twoWorkspaceContexts());
});

const runJob = (fileId: string, attempt = 1) => indexKnowledgeFileJob.handler({ workspaceId, fileId }, { jobId: 'test', attempt, log: logger });
const fileRow = (id: string) => db.knowledgeFile.findUniqueOrThrow({ where: { id }, select: { status: true, error: true, limitBreach: true, chunkCount: true, extractionAttempts: true, processedAt: true } });

/** Uploads, runs the job once, and checks the bomb never touched this process's memory. */
async function indexBomb(fileName: string, bytes: Uint8Array) {
  const { id } = await uploadKnowledgeFile({ ctx, fileName, bytes });
  const spawnsBefore = spawned.pids.length;
  const rssBefore = process.memoryUsage.rss();
  // Resolves (no throw), so pg-boss completes the job instead of retrying it.
  await expect(runJob(id)).resolves.toBeUndefined();
  expect(spawned.pids.length).toBe(spawnsBefore + 1);
  expect(spawned.pids.at(-1)).not.toBe(process.pid);
  expect(process.memoryUsage.rss() - rssBefore).toBeLessThan(150 * MB);
  return id;
}

/** Failed for good: a job re-run (pg-boss after an expiry) and Retry both refuse to read it again. */
async function expectNeverReadAgain(id: string, limit: string) {
  const before = await fileRow(id);
  expect(before).toMatchObject({ status: 'failed', limitBreach: limit, chunkCount: 0, extractionAttempts: 0 });
  const spawnsBefore = spawned.pids.length;
  await expect(runJob(id, 2)).resolves.toBeUndefined();
  expect(spawned.pids.length).toBe(spawnsBefore);
  expect(await fileRow(id)).toEqual(before);
  await expect(retryKnowledgeFile({ ctx, fileId: id })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/broke a safety limit/) });
  expect(await fileRow(id)).toEqual(before);
}

describe('DOCX bombs', () => {
  it('a 900 KB DOCX whose document.xml inflates to 300 MB is refused by its compression ratio', async () => {
    const bytes = await makeDocxBomb({ inflatedMb: 300 });
    expect(bytes.length).toBeLessThan(MB);
    const id = await indexBomb('handbook.docx', bytes);
    expect((await fileRow(id)).error).toMatch(/^Part of this file is compressed more than 100 to 1, .*decompression bomb.*will not be retried/);
    await expectNeverReadAgain(id, 'compression_ratio');
  });

  it('the same bomb declaring a 1 KB size in its headers is stopped as it inflates', async () => {
    const id = await indexBomb('liar.docx', await makeDocxBomb({ inflatedMb: 300, lieAboutSize: true }));
    expect((await fileRow(id)).error).toMatch(/^Part of this file expands to more than its own header declares/);
    await expectNeverReadAgain(id, 'inflated_size');
  });

  it('parts under the ratio check that add up past 32 MB are refused at the byte cap', async () => {
    const id = await indexBomb('glossary.docx', makeDocxWithManyParts(40));
    expect((await fileRow(id)).error).toMatch(/^This file expands to more than 32 MB when unpacked, which is the limit/);
    await expectNeverReadAgain(id, 'inflated_size');
  });

  it('an archive with more than 1,000 entries is refused before any is read', async () => {
    const id = await indexBomb('parts.docx', makeDocxWithEntries(1500));
    expect((await fileRow(id)).error).toMatch(/^This file is an archive of 1,503 parts; the limit is 1,000/);
    await expectNeverReadAgain(id, 'zip_entries');
  });
});

describe('PDF bombs', () => {
  it('a 1 MB PDF whose content stream inflates to 300 MB is refused before pdf.js decodes it', async () => {
    const bytes = await makePdfFlateBomb({ inflatedMb: 300 });
    expect(bytes.length).toBeLessThan(1.5 * MB);
    const id = await indexBomb('catalogue.pdf', bytes);
    expect((await fileRow(id)).error).toMatch(/^Part of this PDF expands to more than 32 MB when decompressed/);
    await expectNeverReadAgain(id, 'inflated_size');
  });

  it('the same bomb hidden behind ASCIIHexDecode is killed at the memory limit', async () => {
    const id = await indexBomb('hidden.pdf', await makePdfFlateBomb({ inflatedMb: 300, hideBehindAsciiHex: true }));
    expect((await fileRow(id)).error).toMatch(/^Reading this file needed more than 320 MB of memory, which is the limit, so it was stopped/);
    await expectNeverReadAgain(id, 'memory');
  });

  it('a PDF with 5,000 pages is refused before its pages are read', async () => {
    const id = await indexBomb('pages.pdf', makePdfWithPages(5000));
    expect((await fileRow(id)).error).toMatch(/^This PDF has 5,000 pages; the limit is 1,000/);
    await expectNeverReadAgain(id, 'pdf_pages');
  });
});

describe('the extraction process', () => {
  it('stays within its memory limit and is killed when it passes it', async () => {
    const bytes = await makePdfFlateBomb({ inflatedMb: 300, hideBehindAsciiHex: true });
    const error = await extractInChildProcess({ fileName: 'hidden.pdf', bytes, limits: { memoryMb: 300, timeoutMs: 60_000 }, maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeLimitError);
    expect(error).toMatchObject({ limit: 'memory' });
    // Sampled every 50 ms: it may overshoot by what it allocates in that time, never by gigabytes.
    expect((error as KnowledgeLimitError).peakRssBytes).toBeGreaterThan(250 * MB);
    expect((error as KnowledgeLimitError).peakRssBytes).toBeLessThan(600 * MB);
  });

  it('is killed at its time limit', async () => {
    const bytes = await makePdfFlateBomb({ inflatedMb: 20, hideBehindAsciiHex: true });
    const error = await extractInChildProcess({ fileName: 'slow.pdf', bytes, limits: { memoryMb: 2048, timeoutMs: 1500 }, maxWaitMs: 1000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ limit: 'time', message: expect.stringMatching(/^Reading this file took longer than 2 seconds, which is the limit/) });
  });

  it('still reads ordinary files, and reports what it used', async () => {
    const result = await extractInChildProcess({ fileName: 'menu.docx', bytes: await makeDocx([{ heading: 'Menu' }, { text: 'Lentil curry.' }]), limits: { memoryMb: 768, timeoutMs: 60_000 }, maxWaitMs: 1000 });
    expect(result.extracted).toMatchObject({ format: 'docx', text: '# Menu\n\nLentil curry.' });
    expect(result.peakRssBytes).toBeGreaterThan(0);
    expect(result.peakRssBytes).toBeLessThan(768 * MB);
  });
});

describe('the indexing job', () => {
  it('fails a file for good when extraction died mid-way twice (worker killed), without reading it a third time', async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'crashy.pdf', bytes: makePdf(['Returns within 30 days.']) });
    // What two runs that died inside the extractor leave behind.
    await db.knowledgeFile.update({ where: { id }, data: { extractionAttempts: 2 } });
    const spawnsBefore = spawned.pids.length;
    await expect(runJob(id)).resolves.toBeUndefined();
    expect(spawned.pids.length).toBe(spawnsBefore);
    expect((await fileRow(id)).error).toMatch(/^Reading this file was interrupted twice without finishing/);
    await expectNeverReadAgain(id, 'interrupted');
  });

  it('a database failure after extraction is retried, never mistaken for an extraction that died', async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'hours.md', bytes: Buffer.from('# Hours\n\nWe open at 9.') });
    await db.$executeRawUnsafe(`ALTER TABLE "KnowledgeChunk" ADD CONSTRAINT "test_refuse_writes" CHECK (false) NOT VALID`);
    try {
      for (const attempt of [1, 2, 3]) await expect(runJob(id, attempt)).rejects.toThrow();
    } finally {
      await db.$executeRawUnsafe(`ALTER TABLE "KnowledgeChunk" DROP CONSTRAINT "test_refuse_writes"`);
    }
    expect(await fileRow(id)).toMatchObject({ status: 'processing', limitBreach: null, extractionAttempts: 0 });
    await runJob(id, 4);
    expect(await fileRow(id)).toMatchObject({ status: 'ready', chunkCount: 1 });
  });

  it('indexes a normal file through the child process and leaves no unfinished attempt behind', async () => {
    const { id } = await uploadKnowledgeFile({ ctx, fileName: 'policy.pdf', bytes: makePdf(['Refund policy', 'Returns within 30 days.']) });
    const spawnsBefore = spawned.pids.length;
    await runJob(id);
    expect(spawned.pids.length).toBe(spawnsBefore + 1);
    expect(await fileRow(id)).toMatchObject({ status: 'ready', error: null, limitBreach: null, extractionAttempts: 0, chunkCount: 1 });
  });
});
