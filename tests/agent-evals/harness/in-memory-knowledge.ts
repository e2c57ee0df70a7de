// Knowledge search for the evals: the scenario's documents chunked by paragraph and ranked by
// token overlap with the query. Production uses Postgres full-text search over KnowledgeChunk
// (lib/agent/knowledge/search-knowledge.ts); the engine re-scores passages itself, so only
// "which passages come back" matters here, not the exact rank.
import type { KnowledgePassage } from '@/lib/agent/engine/grounding';
import { allStopWords } from '@/lib/agent/engine/detect-language';
import { stem, words } from '@/lib/agent/engine/text-normalise';

const terms = (text: string) => new Set(words(text).filter((word) => !allStopWords.has(word)).map(stem));

export function createInMemoryKnowledgeSearch(documents: { fileName: string; text: string }[]) {
  const chunks = documents.flatMap((document, fileIndex) => {
    let heading: string | null = null;
    return document.text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .flatMap((block, ordinal) => {
        const headingMatch = /^#+\s+(.+)$/m.exec(block);
        if (headingMatch && block.split('\n').length === 1) {
          heading = headingMatch[1]!.trim();
          return [];
        }
        const passage: KnowledgePassage = { chunkId: `file${fileIndex}-chunk${ordinal}`, fileId: `file${fileIndex}`, fileName: document.fileName, heading, text: block, rank: 0 };
        return [{ passage, terms: terms(`${heading ?? ''} ${block}`) }];
      });
  });
  return async (query: string, limit: number): Promise<KnowledgePassage[]> => {
    const queryTerms = [...terms(query)];
    return chunks
      .map(({ passage, terms: chunkTerms }) => ({ ...passage, rank: queryTerms.filter((term) => chunkTerms.has(term)).length / Math.max(1, queryTerms.length) }))
      .filter((passage) => passage.rank > 0)
      .sort((a, b) => b.rank - a.rank)
      .slice(0, limit);
  };
}
