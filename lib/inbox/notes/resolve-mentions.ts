// Pure: which members a note mentions. At each "@" the longest member name that follows (and
// ends at a non-word character) wins, so "@Sam Lee" is Sam Lee, not Sam.
export type Mentionable = { userId: string; name: string };

export function resolveMentions(body: string, members: Mentionable[], hintedIds: string[] = []): string[] {
  const candidates = members
    .filter((m) => m.name.trim())
    .map((m) => ({ ...m, lower: m.name.toLowerCase(), hinted: hintedIds.includes(m.userId) }))
    // Longest name first; among equal names the autocomplete's choice (hinted) first.
    .sort((a, b) => b.lower.length - a.lower.length || Number(b.hinted) - Number(a.hinted));
  const lower = body.toLowerCase();
  const found = new Set<string>();
  for (let at = lower.indexOf('@'); at !== -1; at = lower.indexOf('@', at + 1)) {
    const match = candidates.find((m) => lower.startsWith(m.lower, at + 1) && !/[\p{L}\p{N}_]/u.test(lower[at + 1 + m.lower.length] ?? ' '));
    if (match) found.add(match.userId);
  }
  return [...found];
}
