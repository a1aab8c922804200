import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

/** Where index.html takes the script: replaced, so a build without this plugin fails instead of losing it. */
export const EARLY_LIST_PLACEHOLDER = '<script data-early-list></script>';

export interface CompiledScript {
  /** One classic script: no import, no export, nothing on window. */
  code: string;
  /** The source files it was compiled from (absolute paths). */
  files: ReadonlySet<string>;
}

/**
 * Compiles a browser module and everything it imports into one minified classic script. Vite's
 * own build (Rolldown): the same transforms as the app's, so the inline script runs the app's
 * very code rather than a copy of its rules.
 */
export async function compileInlineScript(entry: string, root: string): Promise<CompiledScript> {
  const result = await build({
    root,
    configFile: false,
    envDir: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: resolve(root, entry), formats: ['iife'], name: 'scpInlineScript' },
    },
  });
  const chunks = [result]
    .flat()
    .flatMap((output) => ('output' in output ? output.output : []))
    .filter((item) => item.type === 'chunk');
  const [chunk] = chunks;
  if (chunks.length !== 1 || !chunk)
    throw new Error(`${entry} compiled to ${chunks.length} chunks, not one script`);
  // `</script` inside a string would end the element early; `<\/` means the same in JS.
  const code = chunk.code.trim().replaceAll('</script', '<\\/script');
  return { code, files: new Set(chunk.moduleIds) };
}

/**
 * Inlines `entry` (src/features/volumes/api/early-list/script.ts), compiled, into index.html in
 * place of EARLY_LIST_PLACEHOLDER: in the dev server's page (recompiled when one of its sources
 * changes) and in the build's, which `vite preview` and `npm run serve` serve as built. The
 * production server allows it by the sha256 it computes from the built index.html at start-up.
 */
export function earlyListScript(entry: string): Plugin {
  let root = process.cwd();
  let compiled: Promise<CompiledScript> | undefined;
  return {
    name: 'scp-early-list-script',
    configResolved(config) {
      root = config.root;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const stale = compiled;
        void stale?.then(({ files }) => {
          if (files.has(file) && compiled === stale) compiled = undefined;
        });
      });
    },
    async transformIndexHtml(html) {
      if (!html.includes(EARLY_LIST_PLACEHOLDER)) {
        throw new Error(`index.html has no ${EARLY_LIST_PLACEHOLDER} for the early list request.`);
      }
      compiled ??= compileInlineScript(entry, root);
      const { code } = await compiled.catch((error: unknown) => {
        compiled = undefined;
        throw error;
      });
      return html.replace(EARLY_LIST_PLACEHOLDER, () => `<script>${code}</script>`);
    },
  };
}
