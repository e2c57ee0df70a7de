// Runs knowledge extraction in a separate, short-lived Node process, so a hostile file can cost
// that process and nothing else: never the web server, never the worker's other jobs. The limits:
//   memory — V8's heap is capped at start (--max-old-space-size) and the parent watches the
//            child's resident memory (Linux /proc, else the child's own reports every 100 ms),
//            SIGKILLing it past KNOWLEDGE_EXTRACTION_MEMORY_MB: inflated buffers live outside the
//            V8 heap, so the heap cap alone would not catch them;
//   time   — SIGKILL after KNOWLEDGE_EXTRACTION_TIMEOUT_SECONDS, whatever the child is doing;
//   content — inflated bytes, zip entries, compression ratio, PDF pages, characters, enforced by
//            the extractors inside the child (extraction-limits.ts).
// A breach comes back as a KnowledgeLimitError; the caller fails the file for good.
//
// A child process rather than a worker thread: a thread shares the process's memory (its
// ArrayBuffers are not covered by resourceLimits) and a runaway thread's RSS is the worker's RSS.
// At most `concurrency` children per process, so a burst of uploads cannot multiply the memory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../errors';
import type { ExtractedKnowledge } from './extract-text';
import type { ExtractionRequest } from './extraction-child';
import { defaultContentLimits, KnowledgeLimitError, knowledgeLimitKinds, limitMessages, type ExtractionLimits } from './extraction-limits';
import { knowledgeFormats } from './knowledge-formats';

export type ChildExtraction = { extracted: ExtractedKnowledge; peakRssBytes: number; ms: number };

/** Extraction slots per process (each may use memoryMb). */
export const extractionConcurrency = 2;

const resultSchema = z.discriminatedUnion('ok', [
  z.object({
    type: z.literal('result'),
    ok: z.literal(true),
    extracted: z.union([
      z.object({ format: z.enum(knowledgeFormats).exclude(['csv']), kind: z.literal('text'), text: z.string(), charCount: z.number().int() }),
      z.object({ format: z.literal('csv'), kind: z.literal('records'), header: z.array(z.string()), records: z.array(z.string()), charCount: z.number().int() }),
    ]),
  }),
  z.object({ type: z.literal('result'), ok: z.literal(false), kind: z.enum(['limit', 'file', 'crash']), limit: z.enum(knowledgeLimitKinds).optional(), message: z.string() }),
]);

let active = 0;
const waiting: (() => void)[] = [];

/** Thrown when no slot frees up in time: not the file's fault, so the job retries later. */
export class ExtractorBusyError extends Error {
  constructor() {
    super('All knowledge extraction slots stayed busy; retrying later.');
    this.name = 'ExtractorBusyError';
  }
}

/** The process could not be started (EAGAIN, ENOMEM…): infrastructure, so the job retries. */
export class ExtractorStartError extends Error {
  constructor(reason: string) {
    super(`Could not start the knowledge extraction process: ${reason}`);
    this.name = 'ExtractorStartError';
  }
}

async function acquireSlot(maxWaitMs: number): Promise<() => void> {
  if (active >= extractionConcurrency) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        waiting.splice(waiting.indexOf(wake), 1);
        reject(new ExtractorBusyError());
      }, maxWaitMs);
      const wake = () => {
        clearTimeout(timer);
        resolve();
      };
      waiting.push(wake);
    });
  }
  active++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    active--;
    waiting.shift()?.();
  };
}

/** The project root: every entry point (npm start, npm run worker, vitest) runs from it. */
function childEntry(): { cwd: string; entry: string } {
  const cwd = process.cwd();
  const entry = path.join(cwd, 'lib', 'agent', 'knowledge', 'extraction-child.ts');
  if (!existsSync(entry)) throw new ExtractorStartError(`${entry} not found; start the process from the project root`);
  return { cwd, entry };
}

async function readRssBytes(pid: number): Promise<number | null> {
  try {
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(await readFile(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export async function extractInChildProcess(options: {
  fileName: string;
  bytes: Uint8Array;
  limits: Pick<ExtractionLimits, 'memoryMb' | 'timeoutMs'> & Partial<ExtractionLimits>;
  /** How long to wait for a free slot before giving up with ExtractorBusyError. */
  maxWaitMs: number;
}): Promise<ChildExtraction> {
  const limits: ExtractionLimits = { ...defaultContentLimits, ...options.limits };
  const release = await acquireSlot(options.maxWaitMs);
  try {
    return await runChild({ fileName: options.fileName, bytes: options.bytes, limits });
  } finally {
    release();
  }
}

function runChild(options: { fileName: string; bytes: Uint8Array; limits: ExtractionLimits }): Promise<ChildExtraction> {
  const { limits } = options;
  const { cwd, entry } = childEntry();
  const started = performance.now();
  const memoryBytes = limits.memoryMb * 1024 * 1024;
  // The heap gets most of the budget; code, stacks and buffers need the rest.
  const heapMb = Math.max(64, Math.floor(limits.memoryMb * 0.7));
  const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--max-semi-space-size=16', '--import', 'tsx', entry], {
    cwd,
    // Only what Node and tsx need: no DATABASE_URL, no secrets.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: process.env.NODE_ENV ?? 'production', ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}) },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'advanced',
  });

  return new Promise<ChildExtraction>((resolve, reject) => {
    let peakRssBytes = 0;
    let killedFor: 'memory' | 'time' | null = null;
    let result: z.infer<typeof resultSchema> | null = null;
    let stderr = '';
    let sendError: Error | null = null;
    const kill = (reason: 'memory' | 'time') => {
      killedFor ??= reason;
      child.kill('SIGKILL');
    };
    const noteRss = (bytes: number) => {
      peakRssBytes = Math.max(peakRssBytes, bytes);
      if (bytes > memoryBytes) kill('memory');
    };
    const timer = setTimeout(() => kill('time'), limits.timeoutMs);
    const watch = setInterval(() => {
      if (child.pid) void readRssBytes(child.pid).then((bytes) => bytes !== null && noteRss(bytes));
    }, 50);
    // If the machine runs out of memory anyway, the kernel should pick the extractor, not the worker.
    if (child.pid) void writeFile(`/proc/${child.pid}/oom_score_adj`, '1000').catch(() => {});

    child.stderr?.on('data', (chunk: Buffer) => {
      if (stderr.length < 16_384) stderr += chunk.toString('utf8');
    });
    child.on('message', (message: unknown) => {
      if (message && typeof message === 'object' && (message as { type?: unknown }).type === 'rss') return noteRss(Number((message as { bytes?: unknown }).bytes) || 0);
      const parsed = resultSchema.safeParse(message);
      if (parsed.success) result = parsed.data;
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      clearInterval(watch);
      reject(new ExtractorStartError(error.message));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(watch);
      const ms = Math.round(performance.now() - started);
      // A limit the parent enforced wins over whatever the child managed to say before it died.
      if (killedFor === 'memory') return reject(new KnowledgeLimitError('memory', limitMessages.memory(limits.memoryMb), peakRssBytes));
      if (killedFor === 'time') return reject(new KnowledgeLimitError('time', limitMessages.time(limits.timeoutMs), peakRssBytes));
      if (sendError) return reject(new Error(`Could not hand the file to the extraction process: ${sendError.message}`));
      if (result?.ok) return resolve({ extracted: result.extracted, peakRssBytes, ms });
      if (result && !result.ok) {
        if (result.kind === 'limit') return reject(new KnowledgeLimitError(result.limit ?? 'inflated_size', result.message, peakRssBytes));
        if (result.kind === 'file') return reject(new AppError('bad_request', result.message));
        return reject(new Error(`Knowledge extraction crashed: ${result.message}`));
      }
      // V8 aborts when the capped heap is exhausted ("Reached heap limit … heap out of memory").
      if (/heap out of memory|Reached heap limit|Allocation failed/i.test(stderr) || signal === 'SIGABRT' || code === 134) {
        return reject(new KnowledgeLimitError('memory', limitMessages.memory(limits.memoryMb), peakRssBytes));
      }
      reject(new Error(`Knowledge extraction process ended without an answer (exit ${code ?? signal}): ${stderr.slice(-500)}`));
    });

    const request: ExtractionRequest = { fileName: options.fileName, bytes: options.bytes, limits: pickContentLimits(limits) };
    child.send(request, (error) => {
      if (!error) return;
      sendError = error;
      child.kill('SIGKILL');
    });
  });
}

function pickContentLimits(limits: ExtractionLimits): ExtractionRequest['limits'] {
  const content: Partial<ExtractionLimits> = { ...limits };
  delete content.memoryMb;
  delete content.timeoutMs;
  return content as ExtractionRequest['limits'];
}
