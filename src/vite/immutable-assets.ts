import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { IMMUTABLE } from '../server/cache-control.ts';

/**
 * `vite preview` answers assets with an ETag only, so a second visit still asks for every file
 * (304s, one round trip each, before the bundle can run). Hashed files never change: let the
 * browser keep them. Only for files the build wrote, so a mistyped /assets/ URL that falls
 * through to index.html is never cached. (Dev already serves pre-bundled dependencies as
 * immutable; its own modules change on every edit and must revalidate.)
 */
export function immutableAssets(): Plugin {
  return {
    name: 'scp-immutable-assets',
    configurePreviewServer(server) {
      const dir = resolve(server.config.root, server.config.build.outDir, 'assets');
      const files = new Set(existsSync(dir) ? readdirSync(dir).map((name) => `/assets/${name}`) : []);
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== undefined && files.has(path)) res.setHeader('Cache-Control', IMMUTABLE);
        next();
      });
    },
  };
}
