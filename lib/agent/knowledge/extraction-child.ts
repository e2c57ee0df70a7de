// Entry point of the knowledge extraction child process (started by extract-in-child-process.ts,
// never imported by the app). It receives one file over IPC, extracts it with the content limits,
// answers once and exits. The parent owns the memory and time limits and kills this process when
// they are passed; the V8 heap limit it was started with is the backstop for JS allocations.
//
// Deliberately no env, database or logger imports: this process holds no secrets and no
// connections, so a parser bug exploited by a hostile file finds nothing here to use.
import { isAppError } from '../../errors';
import { extractKnowledgeText, type ContentLimits } from './extract-text';
import { isKnowledgeLimitError } from './extraction-limits';

export type ExtractionRequest = { fileName: string; bytes: Uint8Array; limits: ContentLimits };

function send(message: unknown): Promise<void> {
  return new Promise((resolve) => {
    if (!process.send) return resolve();
    process.send(message, undefined, {}, () => resolve());
  });
}

// The parent went away (its worker died): never outlive it.
process.on('disconnect', () => process.exit(0));

// Resident memory as seen from inside, for platforms without /proc (the parent reads /proc on Linux).
setInterval(() => void send({ type: 'rss', bytes: process.memoryUsage.rss() }), 100).unref();

process.once('message', (request: ExtractionRequest) => {
  void (async () => {
    try {
      const extracted = await extractKnowledgeText(request);
      await send({ type: 'result', ok: true, extracted });
    } catch (error) {
      if (isKnowledgeLimitError(error)) await send({ type: 'result', ok: false, kind: 'limit', limit: error.limit, message: error.message });
      else if (isAppError(error)) await send({ type: 'result', ok: false, kind: 'file', message: error.message });
      else await send({ type: 'result', ok: false, kind: 'crash', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
    }
    process.exit(0);
  })();
});
