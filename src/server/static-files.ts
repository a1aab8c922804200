import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import sirv from 'sirv';
import { cacheControlFor } from './cache-control.ts';

/**
 * The built app, served by sirv (what `vite preview` uses): it indexes dist/ once at start-up
 * and answers only paths in that index, so `..`, encoded slashes and dotfiles find nothing, and
 * it picks the .br/.gz twin the build wrote (src/vite/precompress.ts) by Accept-Encoding, with ETags.
 */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export function createStaticFiles(distDir: string, appHeaders: Readonly<OutgoingHttpHeaders>): Middleware {
  const serve = sirv(distDir, {
    dev: false,
    etag: true,
    gzip: true,
    brotli: true,
    dotfiles: false,
    // No guessing `/x` → `/x.html` or `/dir/` → `/dir/index.html`: the app has one page.
    extensions: [],
  });
  return (req, res, next) => {
    const queryStart = req.url?.indexOf('?') ?? -1;
    const path = queryStart === -1 ? (req.url ?? '/') : req.url?.slice(0, queryStart);
    // sirv would drop the trailing slash and find the file; a file is not a directory.
    if (path === undefined || (path.endsWith('/') && path !== '/')) return next();
    if (path === '/') req.url = `/index.html${queryStart === -1 ? '' : (req.url?.slice(queryStart) ?? '')}`;
    for (const [name, value] of Object.entries(appHeaders))
      if (value !== undefined) res.setHeader(name, value);
    res.setHeader('Cache-Control', cacheControlFor(path === '/' ? '/index.html' : path));
    serve(req, res, () => {
      for (const name of [...Object.keys(appHeaders), 'Cache-Control']) res.removeHeader(name);
      next();
    });
  };
}
