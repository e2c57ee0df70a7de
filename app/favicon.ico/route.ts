// Browsers and crawlers ask for /favicon.ico whatever the page's <link rel="icon"> says; it was
// a 404 in every server log. Serve the app icon (SVG, which every current browser accepts there).
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const svg = await readFile(path.join(process.cwd(), 'app/icon.svg'));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } });
}
