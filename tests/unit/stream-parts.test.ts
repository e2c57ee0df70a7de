// Streamed uploads to S3 are cut into parts as the bytes arrive: never more than about two parts
// in memory, whatever the file's size, and the last part is flagged.
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { streamParts } from '@/lib/storage/stream-parts';

/** A source of `total` bytes in `chunk`-byte pieces that counts what it has produced. */
function source(total: number, chunk: number) {
  const state = { produced: 0 };
  const stream = Readable.from((function* () {
    for (let i = 0; i < total; i += chunk) {
      const size = Math.min(chunk, total - i);
      state.produced += size;
      yield Buffer.alloc(size, i % 251);
    }
  })());
  return { stream, state };
}

async function collect(total: number, chunk: number, partSize: number) {
  const { stream, state } = source(total, chunk);
  const parts: { size: number; last: boolean; producedWhenHandedOut: number }[] = [];
  const hash = createHash('sha256');
  for await (const part of streamParts(stream, partSize)) {
    parts.push({ size: part.bytes.length, last: part.last, producedWhenHandedOut: state.produced });
    hash.update(part.bytes);
  }
  return { parts, digest: hash.digest('hex') };
}

const digestOf = (total: number, chunk: number) => {
  const hash = createHash('sha256');
  for (let i = 0; i < total; i += chunk) hash.update(Buffer.alloc(Math.min(chunk, total - i), i % 251));
  return hash.digest('hex');
};

describe('streamParts', () => {
  it('cuts a stream into full parts and a smaller last one, bytes in order', async () => {
    const { parts, digest } = await collect(23_000, 1_000, 5_000);
    expect(parts.map((p) => [p.size, p.last])).toEqual([[5_000, false], [5_000, false], [5_000, false], [5_000, false], [3_000, true]]);
    expect(digest).toBe(digestOf(23_000, 1_000));
  });

  it('hands each part out while the source is still producing (about two parts buffered)', async () => {
    const { parts } = await collect(100_000, 700, 10_000);
    for (const [i, part] of parts.entries()) {
      if (part.last) continue;
      expect(part.producedWhenHandedOut, `part ${i}`).toBeLessThanOrEqual((i + 2) * 10_000 + 700);
    }
  });

  it('handles exact multiples, chunks larger than a part, and empty streams', async () => {
    expect((await collect(20_000, 1_000, 5_000)).parts.map((p) => [p.size, p.last])).toEqual([[5_000, false], [5_000, false], [5_000, false], [5_000, true]]);
    const big = await collect(12_000, 12_000, 5_000);
    expect(big.parts.map((p) => [p.size, p.last])).toEqual([[5_000, false], [5_000, false], [2_000, true]]);
    expect(big.digest).toBe(digestOf(12_000, 12_000));
    expect((await collect(0, 1_000, 5_000)).parts.map((p) => [p.size, p.last])).toEqual([[0, true]]);
    expect((await collect(3_000, 1_000, 5_000)).parts.map((p) => [p.size, p.last])).toEqual([[3_000, true]]);
  });
});
