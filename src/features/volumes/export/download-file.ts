export type ExportFormat = 'csv' | 'json';

const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

const pad = (value: number) => String(value).padStart(2, '0');

/** `scp-volumes-YYYYMMDD-HHmmss.csv`, in local time: the time the user sees on their clock. */
export function exportFileName(format: ExportFormat, at: Date): string {
  const date = `${at.getFullYear()}${pad(at.getMonth() + 1)}${pad(at.getDate())}`;
  const time = `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`;
  return `scp-volumes-${date}-${time}.${format}`;
}

/**
 * Some browsers resolve the object URL after the click handler returns; revoking at once
 * can cancel the download, so the URL lives a moment longer.
 */
const REVOKE_DELAY_MS = 1_000;

/** Saves `text` through a temporary `<a download>` and releases the object URL afterwards. */
export function downloadFile(text: string, format: ExportFormat, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: MIME_TYPES[format] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}
