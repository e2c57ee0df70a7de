// Shared wording for the plain-text alternatives, so HTML and text say the same thing.

export function greeting(name: string): string {
  return name ? `Hi ${name},` : 'Hi,';
}

/** "1 hour", "24 hours", "7 days". */
export function formatExpiry(hours: number): string {
  if (hours >= 48 && hours % 24 === 0) return `${hours / 24} days`;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

export const signature = '— The Relaydesk team';

/** Joins paragraphs with blank lines and appends the signature. */
export function textEmail(paragraphs: string[]): string {
  return [...paragraphs, signature].join('\n\n') + '\n';
}
