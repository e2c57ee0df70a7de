// CSV cells for files people open in spreadsheets. A cell starting with = + - @ (or a tab or
// carriage return, which some spreadsheets skip before evaluating) is a formula to Excel,
// Sheets and LibreOffice: a contact named `=HYPERLINK("https://evil", "Click")` would run
// when an admin opens the export. Such cells get a leading apostrophe (OWASP "CSV injection"),
// which spreadsheets show as text; the import strips it again so exports round-trip.
const formulaStart = /^[=+\-@\t\r]/;

export function escapeCsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(escapeCsvCell).join(',')}\r\n`;
}

/** The inverse of the apostrophe escape, for cells read back from our own exports. */
export function unescapeCsvCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
