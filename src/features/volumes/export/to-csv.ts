import type { Volume } from '../../../scp/volume-schema.ts';

/** Byte order mark: without it Excel reads UTF-8 as the local code page and mangles Korean. */
export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

type Cell = string | number | boolean | null | undefined;

export const CSV_COLUMNS = [
  ['id', (v) => v.id],
  ['name', (v) => v.name],
  ['state', (v) => v.state],
  ['size_gb', (v) => v.size],
  ['volume_type', (v) => v.volume_type],
  ['volume_type_id', (v) => v.volume_type_id],
  ['bootable', (v) => v.bootable],
  ['encrypted', (v) => v.encrypted],
  ['multiattach', (v) => v.multiattach],
  ['attached_servers', (v) => (v.servers ?? []).map((s) => s.id).join(' ')],
  // Same order as attached_servers; an attachment without a device is left out.
  ['devices', (v) => (v.servers ?? []).flatMap((s) => (s.device ? [s.device] : [])).join(' ')],
  ['created_at', (v) => v.created_at],
  ['modified_at', (v) => v.modified_at],
  ['snapshot_id', (v) => v.snapshot_id],
  ['image_name', (v) => v.volume_image_metadata?.image_name],
  ['os_distro', (v) => v.volume_image_metadata?.os_distro],
  ['image_id', (v) => v.volume_image_metadata?.image_id],
] as const satisfies readonly (readonly [string, (volume: Volume) => Cell])[];

/**
 * Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP):
 * a volume named `=HYPERLINK(...)` must stay text. The leading apostrophe is how Excel and
 * LibreOffice mark text themselves.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  // RFC 4180: quote a field holding a quote, a comma or a line break; double inner quotes.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends, BOM first. */
export function toCsv(volumes: readonly Volume[]): string {
  const lines = [CSV_COLUMNS.map(([header]) => header).join(',')];
  for (const volume of volumes) {
    lines.push(CSV_COLUMNS.map(([, read]) => csvCell(read(volume))).join(','));
  }
  return CSV_BOM + lines.join(CRLF) + CRLF;
}
