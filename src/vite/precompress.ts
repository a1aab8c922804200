import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Writes a .br and a .gz twin of each text file in the build, at the strongest settings (paid
 * once at build time, not per request), for the production server's sirv to pick by
 * Accept-Encoding. Build-time only: the server never imports this file.
 */
const COMPRESSIBLE = /\.(?:m?js|css|html|svg|json|txt|xml|webmanifest)$/;
const MIN_BYTES = 1024;
// A twin that saves less than this is not worth a second ETag and a Vary miss.
const MIN_SAVING = 0.9;

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

export async function precompressDir(dir: string): Promise<{ files: number; bytes: number; brotli: number }> {
  const report = { files: 0, bytes: 0, brotli: 0 };
  const candidates = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.test(file));
  await Promise.all(
    candidates.map(async (file) => {
      const bytes = await readFile(file);
      if (bytes.byteLength < MIN_BYTES) return;
      const [br, gzipped] = await Promise.all([
        brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
          },
        }),
        gz(bytes, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (gzipped.byteLength > bytes.byteLength * MIN_SAVING) return;
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gzipped)]);
      report.files += 1;
      report.bytes += bytes.byteLength;
      report.brotli += br.byteLength;
    }),
  );
  return report;
}

export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'scp-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    // After the public/ files are copied too (favicon.svg is worth compressing).
    async closeBundle() {
      const { files, bytes, brotli: compressed } = await precompressDir(outDir);
      this.info(`precompressed ${files} files (${bytes} → ${compressed} bytes brotli)`);
    },
  };
}
