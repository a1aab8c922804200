import type { ListVolumesParams } from '../../../scp/list-query.ts';
import { exportFileName, type ExportFormat } from './download-file.ts';
import { toCsv, type ServerNameOf } from './to-csv.ts';
import { toJson } from './to-json.ts';
import type { WalkResult } from './walk-volumes.ts';

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
