// IG/Messenger attachments are plain CDN URLs (meta-platform.md §c): fetched without the channel
// token (it must never go to a CDN host), stopping as soon as the size limit is passed.
import { GraphApiError } from '../meta/graph-error';

export async function fetchCdnMedia(url: string, maxBytes: number): Promise<{ bytes: Buffer; mimeType: string | null }> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new GraphApiError(400, null, null, 'Media URL is not http(s)', null);
  let response: Response;
  try {
    response = await fetch(parsed, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    throw new GraphApiError(0, null, null, `Media download failed: ${(error as Error).message}`, null);
  }
  if (!response.ok) throw new GraphApiError(response.status, null, null, `Media download failed: HTTP ${response.status}`, null);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new GraphApiError(413, null, null, `Media is ${declared} bytes, over the ${maxBytes}-byte limit`, null);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = response.body?.getReader();
  for (let next = await reader?.read(); reader && next && !next.done; next = await reader.read()) {
    total += next.value.length;
    if (total > maxBytes) {
      await reader.cancel();
      throw new GraphApiError(413, null, null, `Media is over the ${maxBytes}-byte limit`, null);
    }
    chunks.push(Buffer.from(next.value));
  }
  return { bytes: Buffer.concat(chunks), mimeType: response.headers.get('content-type') };
}
