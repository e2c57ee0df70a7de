// URLs from webhooks and customers (shared posts, story previews, CDN media links, profile
// pictures) end up as href/src in the inbox. Only absolute http(s) URLs survive: `data:`
// (an HTML page or SVG with script, opened from our origin's tab), `javascript:`, `blob:`,
// `file:` and the like become null, and so do URLs carrying a user name or password
// (`https://meta.com@evil.example/` shows one host and opens another). Pure and dependency-free:
// normalisers use it before storing, components again before rendering (rows stored earlier).
const maxLength = 4096;

export function safeLinkUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > maxLength) return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password) return null;
  return url.href;
}
