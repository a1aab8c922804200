import type { ListVolumesParams } from '../../../scp/list-query.ts';
import type { DownloadFormat } from '../../../lib/download-file.ts';
import { toCsv, type ServerNameOf } from './to-csv.ts';
import { toJson } from './to-json.ts';
import type { WalkResult } from '../all-volumes/walk-volumes.ts';

export type ExportFormat = DownloadFormat;

const pad = (value: number) => String(value).padStart(2, '0');

/** `scp-volumes-YYYYMMDD-HHmmss.csv`, in local time: the time the user sees on their clock. */
export function exportFileName(format: ExportFormat, at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `scp-volumes-${date}-${time}.${format}`;
}

export interface ExportFile {
  fileName: string;
  text: string;
  /** Volumes written to the file. */
  count: number;
  /** Items that failed validation: left out of CSV, kept as received in JSON. */
  invalid: number;
}

export function buildExport(
  format: ExportFormat,
  params: ListVolumesParams,
  walked: WalkResult,
  now: Date,
  nameOf?: ServerNameOf,
): ExportFile {
  const fileName = exportFileName(format, now);
  const invalid = walked.invalid.length;
  if (format === 'csv') {
    // A CSV row needs the typed fields; a malformed item has no trustworthy columns.
    return { fileName, text: toCsv(walked.volumes, nameOf), count: walked.volumes.length, invalid };
  }
  return { fileName, text: toJson(params, walked.raw, now), count: walked.raw.length, invalid };
}
