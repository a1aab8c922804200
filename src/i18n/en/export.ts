/**
 * Exporting the filtered volumes as CSV or JSON (the Korean catalogue, ko/export.ts, must match). Counts arrive already formatted for the
 * locale (`fmt.number`), with the raw number beside them where English needs a plural.
 */
export const exportMessages = {
  group: 'Export',
  exportCsv: 'Export CSV',
  exportJson: 'Export JSON',
  exporting: 'Exporting volumes',
  progress: (loaded: string, total: string) => `${loaded} of ${total}`,
  progressNoTotal: (loaded: string) => `${loaded} so far`,
  cancel: 'Cancel',
  cancelled: 'Export cancelled. Nothing was downloaded.',
  exported: (count: number, formatted: string) =>
    count === 1 ? 'Exported 1 volume' : `Exported ${formatted} volumes`,
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
