// Splits a byte stream into upload parts for S3 multipart uploads.
/**
 * Re-chunks a stream into parts of `size` bytes (the last may be smaller), holding about two
 * parts in memory. A part is handed out only once more bytes (or the end) arrived, so `last` is known.
 */
export async function* streamParts(stream: AsyncIterable<Uint8Array | string>, size: number): AsyncGenerator<{ bytes: Buffer; last: boolean }> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let ready: Buffer | null = null;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    pending.push(buffer);
    pendingBytes += buffer.length;
    while (pendingBytes >= size) {
      const all = Buffer.concat(pending);
      if (ready) yield { bytes: ready, last: false };
      ready = all.subarray(0, size);
      pending = [all.subarray(size)];
      pendingBytes = all.length - size;
    }
  }
  const rest = pendingBytes > 0 ? Buffer.concat(pending) : null;
  if (ready && rest) {
    yield { bytes: ready, last: false };
    yield { bytes: rest, last: true };
  } else if (ready) {
    yield { bytes: ready, last: true };
  } else {
    yield { bytes: rest ?? Buffer.alloc(0), last: true };
  }
}
