import type { Volume } from '../../../scp/volume-schema.ts';
import { CSV_COLUMNS, NO_NAMES, type CsvCell, type ServerNameOf } from './csv-columns.ts';

export type { ServerNameOf } from './csv-columns.ts';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles Korean. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP):
 * a volume named `=HYPERLINK(...)` must stay text. The leading apostrophe is how Excel and
 * LibreOffice mark text themselves.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  // RFC 4180: quote a field holding a quote, a comma or a line break; double inner quotes.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends, BOM first. */
export function toCsv(volumes: readonly Volume[], nameOf: ServerNameOf = NO_NAMES): string {
  const lines = [CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const volume of volumes) {
    lines.push(CSV_COLUMNS.map(([, read]) => csvCell(read(volume, nameOf))).join(','));
  }
  return CSV_BOM + lines.join(CRLF) + CRLF;
}
