// Knowledge search: natural questions rank the right passage first, only ready files are
// searched, workspaces never see each other's chunks, and the query can use the GIN index.
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeSearchSql, searchKnowledge } from '@/lib/agent/knowledge/search-knowledge';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { createWorkspaceWithOwner } from '../factories';

let A: string;
let B: string;

async function fileWith(workspaceId: string, name: string, status: 'ready' | 'processing' | 'failed', chunks: { heading?: string; text: string }[]) {
  const file = await db.knowledgeFile.create({
    data: { workspaceId, name, mimeType: 'text/markdown', sizeBytes: 10, sha256: `${name}-${Math.random()}`, content: Buffer.from('x'), status, chunkCount: chunks.length },
  });
  await db.knowledgeChunk.createMany({ data: chunks.map((chunk, ordinal) => ({ workspaceId, fileId: file.id, ordinal, heading: chunk.heading ?? null, text: chunk.text })) });
  return file;
}

beforeAll(async () => {
  A = (await createWorkspaceWithOwner({ name: 'Search A' })).workspace.id;
  B = (await createWorkspaceWithOwner({ name: 'Search B' })).workspace.id;
  await fileWith(A, 'policies.md', 'ready', [
    { heading: 'Returns', text: 'You can return any unworn item within 30 days for a full refund. Refunds reach your card in 5 business days.' },
    { heading: 'Shipping', text: 'We ship across Spain in 2 days. International shipping takes 7 to 10 days and costs 15 euros.' },
    { heading: 'Care', text: 'Wash the linen shirts cold and dry them flat. Long passage about fabrics and colours and weaving and looms. '.repeat(8) },
  ]);
  await fileWith(A, 'draft.md', 'processing', [{ text: 'Secret unreleased refund policy: refunds within 90 days.' }]);
  await fileWith(A, 'broken.md', 'failed', [{ text: 'A refund passage from a file that failed.' }]);
  await fileWith(B, 'b-policies.md', 'ready', [{ heading: 'Refunds', text: 'Workspace B refund policy: refunds within 14 days.' }]);
});

describe('searchKnowledge', () => {
  it('ranks the passage that answers a natural question first', async () => {
    const results = await searchKnowledge({ workspaceId: A, query: 'How long do refunds take to reach my card?', limit: 5 });
    expect(results[0]).toMatchObject({ fileName: 'policies.md', heading: 'Returns' });
    expect(typeof results[0]!.rank).toBe('number');
    expect(results[0]!.rank).toBeGreaterThan(0);
    expect(results[0]!.rank).toBeLessThanOrEqual(1);

    const shipping = await searchKnowledge({ workspaceId: A, query: '¿Do you ship internationally, and how much does shipping cost?', limit: 5 });
    expect(shipping[0]?.heading).toBe('Shipping');
    // Ranks descend.
    for (let i = 1; i < shipping.length; i++) expect(shipping[i]!.rank).toBeLessThanOrEqual(shipping[i - 1]!.rank);
  });

  it('matches longer forms of a word (no stemming in the simple configuration)', async () => {
    const results = await searchKnowledge({ workspaceId: A, query: 'refund', limit: 5 });
    expect(results.map((r) => r.heading)).toContain('Returns');
  });

  it('searches only ready files', async () => {
    const results = await searchKnowledge({ workspaceId: A, query: 'refund policy', limit: 10 });
    expect(results.map((r) => r.fileName)).toEqual(['policies.md']);
  });

  it("never returns another workspace's chunks", async () => {
    const a = await searchKnowledge({ workspaceId: A, query: 'Workspace refund policy 14 days', limit: 10 });
    expect(a.every((r) => r.fileName === 'policies.md')).toBe(true);
    const b = await searchKnowledge({ workspaceId: B, query: 'shipping Spain linen refund', limit: 10 });
    expect(b.map((r) => r.fileName)).toEqual(['b-policies.md']);
  });

  it('returns nothing for an empty or stop-words-only query, and treats operators as text', async () => {
    expect(await searchKnowledge({ workspaceId: A, query: '', limit: 5 })).toEqual([]);
    expect(await searchKnowledge({ workspaceId: A, query: 'what is the? ¿qué es? a', limit: 5 })).toEqual([]);
    expect(await searchKnowledge({ workspaceId: A, query: "refund' | !(:* & ); DROP TABLE", limit: 5 })).not.toHaveLength(0);
    expect(await searchKnowledge({ workspaceId: A, query: 'refund', limit: 0 })).toEqual([]);
  });

  it('can use the GIN index manual_KnowledgeChunk_text_fts', async () => {
    // With a handful of rows the workspace index is cheaper; give the planner a realistic
    // workspace (thousands of passages, statistics gathered) so the choice means something.
    const big = (await createWorkspaceWithOwner({ name: 'Search big' })).workspace.id;
    const words = ['delivery', 'sizes', 'colours', 'stores', 'opening', 'gift', 'cards', 'loyalty', 'fabric', 'warranty'];
    for (let f = 0; f < 30; f++) {
      await fileWith(big, `catalogue-${f}.md`, 'ready', Array.from({ length: 100 }, (_, i) => ({ heading: `Section ${i}`, text: `${words[i % 10]} ${words[(i * 7 + f) % 10]} item ${i} details` })));
    }
    await fileWith(big, 'rare.md', 'ready', [{ text: 'The zephyrine collection launches in May.' }]);
    await db.$executeRaw`ANALYZE "KnowledgeChunk"`;
    await db.$executeRaw`ANALYZE "KnowledgeFile"`;
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ 'QUERY PLAN': string }[]>(Prisma.sql`EXPLAIN ${knowledgeSearchSql({ workspaceId: big, tsQuery: 'zephyrine:*', limit: 5 })}`);
    });
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Bitmap Index Scan on "?manual_KnowledgeChunk_text_fts"?/);
    expect((await searchKnowledge({ workspaceId: big, query: 'When does the Zephyrine collection launch?', limit: 3 }))[0]?.fileName).toBe('rare.md');
  });
});
