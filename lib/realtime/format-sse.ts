// Server-Sent Events wire format (https://html.spec.whatwg.org/multipage/server-sent-events.html).
// Pure, so the framing rules are unit-tested without a stream.

/** One event. `data` is JSON on one line; ids and event names must not contain newlines. */
export function formatSseEvent(event: { id?: number | string; event?: string; data: unknown }): string {
  let out = '';
  if (event.id !== undefined) out += `id: ${singleLine(String(event.id))}\n`;
  if (event.event) out += `event: ${singleLine(event.event)}\n`;
  // JSON.stringify escapes newlines inside strings, so the data is one line; split anyway in case
  // a caller passes a pre-formatted string.
  const data = typeof event.data === 'string' ? event.data : JSON.stringify(event.data);
  for (const line of data.split(/\r\n|\r|\n/)) out += `data: ${line}\n`;
  return `${out}\n`;
}

/** A comment line: ignored by EventSource, keeps proxies from closing an idle connection. */
export function formatSseComment(text: string): string {
  return `: ${singleLine(text)}\n\n`;
}

/** Tells EventSource how long to wait before reconnecting. */
export function formatSseRetry(milliseconds: number): string {
  return `retry: ${Math.max(0, Math.round(milliseconds))}\n\n`;
}

/** `Last-Event-ID` header or `?lastEventId=`: a non-negative integer, else null (absent or garbage). */
export function parseLastEventId(value: string | null | undefined): number | null {
  if (!value || !/^\d{1,15}$/.test(value.trim())) return null;
  return Number(value.trim());
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]/g, ' ');
}
