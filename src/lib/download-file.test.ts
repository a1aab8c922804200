import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubDownloads } from '../test/browser/stub-downloads.ts';
import { downloadFile } from './download-file.ts';

describe('downloadFile', () => {
  let downloads: ReturnType<typeof stubDownloads>;
  beforeEach(() => {
    downloads = stubDownloads();
  });
  afterEach(() => {
    vi.useRealTimers();
    downloads.restore();
  });

  it('clicks a temporary download link and revokes its URL afterwards', async () => {
    vi.useFakeTimers();

    downloadFile('\uFEFFid\r\n', 'csv', 'scp-volumes-20260102-030405.csv');

    const [link] = downloads.links;
    expect(downloads.links).toHaveLength(1);
    expect(link?.download).toBe('scp-volumes-20260102-030405.csv');
    expect(link?.getAttribute('href')).toBe('blob:test/1');
    expect(link?.isConnected).toBe(false);
    const blob = downloads.blobs[0];
    expect(blob?.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array((await blob?.arrayBuffer()) ?? new ArrayBuffer(0));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(downloads.revoked).toEqual([]);
    vi.runAllTimers();
    expect(downloads.revoked).toEqual(['blob:test/1']);
  });
});
