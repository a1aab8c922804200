const MIME_TYPES = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
} as const;

/** The kinds of file the app saves. */
export type DownloadFormat = keyof typeof MIME_TYPES;

/**
 * Some browsers resolve the object URL after the click handler returns; revoking at once
 * can cancel the download, so the URL lives a moment longer.
 */
const REVOKE_DELAY_MS = 1_000;

/** Saves `text` through a temporary `<a download>` and releases the object URL afterwards. */
export function downloadFile(text: string, format: DownloadFormat, fileName: string): void {
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
