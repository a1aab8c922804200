/**
 * How long a browser may keep the app's files, for the production server (static-files.ts)
 * and for `vite preview` (src/vite/immutable-assets.ts), which should behave alike.
 */

/** Vite writes content-hashed names under assets/: a changed file is a new URL. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the unhashed files from public/: always revalidated (cheap with the ETag). */
export const REVALIDATE = 'no-cache';

export function cacheControlFor(pathname: string): string {
  return pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE;
}
