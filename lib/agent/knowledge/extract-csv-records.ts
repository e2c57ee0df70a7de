// CSV → one "Column: value" block per row, so each passage says what every value means
// ("Price: 25 €") instead of a bare row of numbers the model cannot interpret.
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors';

export type CsvRecords = { header: string[]; records: string[] };

export function extractCsvRecords(text: string): CsvRecords {
  let rows: string[][];
  try {
    rows = parse(text, {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      // Excel in many European locales writes semicolon-separated "CSV".
      delimiter: detectDelimiter(text),
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new AppError('bad_request', `The CSV could not be read${line ? ` (problem near line ${line})` : ''}. Check that quotes are balanced and save it again.`);
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return { header: [], records: [] };
  const header = headerRow.map((name, i) => name || `Column ${i + 1}`);
  const records = dataRows
    .map((row) => row.map((value, i) => (value ? `${header[i] ?? `Column ${i + 1}`}: ${value}` : '')).filter(Boolean).join('\n'))
    .filter(Boolean);
  return { header, records };
}

function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  const count = (c: string) => firstLine.split(c).length - 1;
  const candidates = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
  return count(candidates[0]!) > 0 ? candidates[0]! : ',';
}
