import { describe, expect, it } from 'vitest';
import { createFormatters, parseApiDate } from './format.ts';

const NOW = Date.parse('2026-02-11T12:00:00Z');

describe('createFormatters', () => {
  it('builds for both catalogue locales without throwing (no dateStyle + timeZoneName clash)', () => {
    expect(() => createFormatters('en-US')).not.toThrow();
    expect(() => createFormatters('ko-KR')).not.toThrow();
  });

  it('formats numbers and sizes with grouping', () => {
    const fmt = createFormatters('en-US');
    expect(fmt.number(1234)).toBe('1,234');
    expect(fmt.gigabytes(2048)).toBe('2,048 GB');
    expect(fmt.megabytes(512)).toBe('512 MB');
  });

  it('shows byte counts in binary units', () => {
    const fmt = createFormatters('en-US');
    expect(fmt.bytes(512)).toBe('512 B');
    expect(fmt.bytes(1536)).toBe('1.5 KiB');
    expect(fmt.bytes(10 * 1024 ** 3)).toBe('10 GiB');
  });

  it('says how long ago a timestamp was, in the largest fitting unit', () => {
    const fmt = createFormatters('en-US');
    expect(fmt.relative('2026-02-11T11:59:30Z', NOW)).toBe('30 seconds ago');
    expect(fmt.relative('2026-02-11T09:00:00Z', NOW)).toBe('3 hours ago');
    expect(fmt.relative('2026-02-10T12:00:00Z', NOW)).toBe('yesterday');
  });

  it('reads a zone-less API timestamp as UTC', () => {
    expect(parseApiDate('2026-02-11T06:44:40')).toBe(Date.parse('2026-02-11T06:44:40Z'));
    expect(parseApiDate('2026-02-11T06:44:40+09:00')).toBe(Date.parse('2026-02-10T21:44:40Z'));
  });

  it('names the time zone in absolute times', () => {
    const fmt = createFormatters('en-US');
    const text = fmt.absolute('2026-02-11T06:44:40Z');
    expect(text).toContain('2026');
    expect(text).toMatch(/[A-Z]{2,}|GMT|UTC/);
  });

  it('falls back to the raw text for an unreadable date', () => {
    const fmt = createFormatters('en-US');
    expect(fmt.relative('not a date', NOW)).toBe('not a date');
    expect(fmt.absolute('not a date')).toBe('not a date');
  });

  it('writes short elapsed times for the freshness label', () => {
    const en = createFormatters('en-US');
    expect(en.elapsed(12_400)).toMatch(/12\s?s/);
    expect(en.elapsed(-50)).toBe('now');
    expect(en.elapsed(3 * 60_000)).toMatch(/3\s?m/);
    expect(createFormatters('ko-KR').elapsed(12_000)).toBe('12초 전');
  });
});
