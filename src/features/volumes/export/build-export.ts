import type { DownloadFormat } from '../../../lib/download-file.ts';
import type { RegionFailure } from '../../../scp/region-failure.ts';
import { describedFilters, type ReadScope } from '../all-volumes/read-scope.ts';
import type { MatchingVolumes } from '../all-volumes/select-matching.ts';
import { toCsv, type ServerNameOf } from './to-csv.ts';
import { toJson } from './to-json.ts';

export type ExportFormat = DownloadFormat;

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `scp-volumes-YYYYMMDD-HHmmss.csv`, in local time: the time the user sees on their clock. A
 * partial file says so in its name (`…-missing-kr-east1.csv`): a CSV has no other place for it.
 */
export function exportFileName(
  format: ExportFormat,
  at: Date,
  missing: readonly RegionFailure[] = [],
): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  const partial = missing.length > 0 ? `-missing-${missing.map((failure) => failure.region).join('-')}` : '';
  return `scp-volumes-${date}-${time}${partial}.${format}`;
}

export interface ExportFile {
  fileName: string;
  text: string;
  /** Volumes written to the file. */
  count: number;
  /** Items that failed validation: left out of CSV, kept as received in JSON. */
  invalid: number;
  /** Items that failed validation where a contains term or state had to be judged: left out of both. */
  unjudged: number;
  /** Regions that did not answer: the file is partial. */
  missing: RegionFailure[];
}

export function buildExport(
  format: ExportFormat,
  scope: ReadScope,
  matching: MatchingVolumes,
  now: Date,
  nameOf?: ServerNameOf,
): ExportFile {
  const { missing } = matching;
  const fileName = exportFileName(format, now, missing);
  const counts = { invalid: matching.invalid.length, unjudged: matching.unjudged, missing };
  if (format === 'csv') {
    // A CSV row needs the typed fields; a malformed item has no trustworthy columns.
    return { fileName, text: toCsv(matching.volumes, nameOf), count: matching.volumes.length, ...counts };
  }
  const facts = { filters: describedFilters(scope), regions: matching.regions, missing };
  return { fileName, text: toJson(facts, matching.raw, now), count: matching.raw.length, ...counts };
}
