// Binary media the simulator hands out: WhatsApp media URLs need the Bearer token (like
// lookaside.fbsbx.com), IG CDN-like URLs are public but unguessable.
import { getSimMedia } from './sim-media';
import { SimGraphError } from './sim-graph-error';
import { resolveSimToken } from './sim-tokens';

export async function serveSimulatorMedia(request: Request, options: { id: string; requireToken: boolean }): Promise<Response> {
  try {
    if (options.requireToken) {
      const header = request.headers.get('authorization');
      await resolveSimToken(header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : null);
    }
    const media = await getSimMedia(options.id);
    if (!media) return new Response('Not found', { status: 404 });
    const bytes = Buffer.from(media.base64, 'base64');
    return new Response(bytes, { headers: { 'content-type': media.mimeType, 'content-length': String(bytes.length), 'cache-control': 'private, max-age=300' } });
  } catch (error) {
    if (error instanceof SimGraphError) return error.toResponse();
    throw error;
  }
}
