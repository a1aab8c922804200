import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSize } from './bundle-size.mjs';

/**
 * Which packages and source folders the initial JS is made of, from the build's source maps:
 * every minified character is attributed to the source its mapping points at. The gzip column
 * is that share of the file's gzip size, an estimate (gzip does not split by source).
 */
export interface CompositionEntry {
  origin: string;
  /** Part of the library floor the toolchain notes measured (~103 kB). */
  floor: boolean;
  rawBytes: number;
  gzipBytes: number;
}

// React, Query, Table 9, ky and zod/mini with what they pull in: toolchain.md's library floor.
const FLOOR = new Set([
  'react',
  'react-dom',
  'scheduler',
  'use-sync-external-store',
  '@tanstack/react-query',
  '@tanstack/query-core',
  '@tanstack/react-table',
  '@tanstack/table-core',
  '@tanstack/store',
  '@tanstack/react-store',
  'ky',
  'zod',
]);

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One source-map segment's VLQ fields. */
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** node_modules/<package> (scoped as @scope/name), or the app's folder, at most src/a/b/c. */
function originOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules !== -1) {
    const parts = source.slice(modules + 'node_modules/'.length).split('/');
    return (parts[0]?.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
  }
  const src = source.lastIndexOf('src/');
  if (src === -1) return source;
  const folders = source.slice(src).split('/').slice(0, -1);
  return folders.slice(0, 4).join('/');
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

/** Characters of generated code per source index. */
function charactersPerSource(code: string, map: SourceMap): Map<number, number> {
  const counts = new Map<number, number>();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((mappingLine, index) => {
    const length = lines[index]?.length ?? 0;
    let column = 0;
    const points: [number, number][] = [];
    for (const segment of mappingLine ? mappingLine.split(',') : []) {
      const fields = decodeSegment(segment);
      column += fields[0] ?? 0;
      if (fields.length > 1) source += fields[1] ?? 0;
      points.push([column, fields.length > 1 ? source : -1]);
    }
    points.forEach(([start, from], i) => {
      const end = points[i + 1]?.[0] ?? length;
      counts.set(from, (counts.get(from) ?? 0) + end - start);
    });
  });
  return counts;
}

export async function bundleComposition(
  distDir: string,
  initialFiles: FileSize[],
): Promise<CompositionEntry[]> {
  const byOrigin = new Map<string, { raw: number; gzip: number }>();
  for (const file of initialFiles) {
    if (!file.file.endsWith('.js')) continue;
    const path = join(distDir, file.file);
    const map = JSON.parse(await readFile(`${path}.map`, 'utf8')) as SourceMap;
    const code = await readFile(path, 'utf8');
    for (const [index, characters] of charactersPerSource(code, map)) {
      const origin = index === -1 ? '(bundler runtime)' : originOf(map.sources[index] ?? '?');
      const entry = byOrigin.get(origin) ?? { raw: 0, gzip: 0 };
      entry.raw += characters;
      entry.gzip += (characters / code.length) * file.gzip;
      byOrigin.set(origin, entry);
    }
  }
  return [...byOrigin]
    .map(([origin, { raw, gzip }]) => ({
      origin,
      floor: FLOOR.has(origin),
      rawBytes: raw,
      gzipBytes: Math.round(gzip),
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}
