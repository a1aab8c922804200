import { createHash } from 'node:crypto';
import type { OutgoingHttpHeaders } from 'node:http';

/**
 * Headers for the app's own files. The CSP allows scripts and styles from this origin only;
 * the inline scripts index.html carries (the theme set before first paint, the early list request)
 * are allowed by their sha256, computed from the built index.html at start-up, so a rebuilt
 * script can never be blocked by a stale hash and 'unsafe-inline' is never needed.
 */
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

const sha256 = (text: string): string =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts: string[] = [];
  for (const [, attributes = '', body = ''] of html.matchAll(INLINE_SCRIPT)) {
    // A src script's body is ignored by the browser; a JSON data block never runs.
    if (/\bsrc\s*=/i.test(attributes) || /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) {
      continue;
    }
    scripts.push(sha256(body));
  }
  const styles = [...html.matchAll(INLINE_STYLE)].map(([, body = '']) => sha256(body));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

export function contentSecurityPolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function appSecurityHeaders(html: string): Readonly<OutgoingHttpHeaders> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(html),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The server's own small answers (401, 404, health): text or JSON, never a page. */
export const PLAIN_SAFETY_HEADERS: Readonly<OutgoingHttpHeaders> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};
