/**
 * Exporting the filtered volumes as CSV or JSON (the Korean catalogue, ko/export.ts, must match). Counts arrive already formatted for the
 * locale (`fmt.number`), with the raw number beside them where English needs a plural.
 */
export const exportMessages = {
  group: 'Export',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exporting: 'Exporting volumes',
  readingNames: 'Reading server names for the file',
  cancelled: 'Export cancelled. Nothing was downloaded.',
  exported: (count: number, formatted: string) =>
    count === 1 ? 'Exported 1 volume' : `Exported ${formatted} volumes`,
  /** Some region did not answer: the file (named …-missing-<region>) leaves its volumes out. */
  exportedPartial: (count: number, formatted: string, regions: string) =>
    `Partial export: ${count === 1 ? '1 volume' : `${formatted} volumes`} saved, but ${regions} did not answer and ${regions.includes(',') ? 'their' : 'its'} volumes are not in the file.`,
  retryPartial: 'Retry and save the whole file',
  leftOutUnjudged: (formatted: string) =>
    `${formatted} failed validation and could not be searched: left out`,
  skippedInvalid: (formatted: string) => `${formatted} left out: they failed validation`,
  includedInvalid: (formatted: string) => `${formatted} failed validation, included as received`,
  failed: 'Export failed. Nothing was downloaded.',
  status: 'Status',
  code: 'Code',
  requestId: 'Request ID',
  resumeFrom: (progress: string) => `Received ${progress}. Retry continues from there.`,
  retry: 'Retry',
  dismiss: 'Dismiss',
};

export type ExportMessages = typeof exportMessages;
