const entities: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', '#39': "'", '#x27': "'", '#x2F': '/' };

/**
 * The distinct http(s) links of an email's HTML, in order, so the dev mailbox can list them as
 * plain anchors (end-to-end tests click the verification link there).
 */
export function extractEmailLinks(html: string): string[] {
  const links = new Set<string>();
  for (const match of html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    const raw = match[1] ?? match[2] ?? '';
    const href = raw.replace(/&(amp|quot|apos|lt|gt|#39|#x27|#x2F);/gi, (entity, name: string) => entities[name] ?? entities[name.toLowerCase()] ?? entity);
    if (/^https?:\/\//i.test(href)) links.add(href);
  }
  return [...links];
}
