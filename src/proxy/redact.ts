/** What a key quoted back by SCP becomes before the browser sees it. */
export const REDACTED = '[redacted]';

/**
 * Every spelling of a key an answer may quote: as is, JSON-escaped, URL-encoded. Keys are
 * printable ASCII (config.ts), so these three cover what an error page or body can hold.
 */
function spellings(secret: string): string[] {
  return [...new Set([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])];
}

/**
 * SCP's gateway may quote the request (the access key header included) in an error body, and
 * the proxy relays bodies to the browser: the keys are cut out first. The body is scanned, not
 * parsed, so a body that is not JSON is covered too. Returns the same buffer when nothing matched.
 */
export function redactSecrets(body: Buffer, secrets: readonly string[]): Buffer {
  let out = body;
  for (const secret of secrets) {
    for (const spelling of spellings(secret)) {
      if (spelling === '') continue;
      const needle = Buffer.from(spelling);
      let at = out.indexOf(needle);
      if (at === -1) continue;
      const parts: Buffer[] = [];
      let from = 0;
      for (; at !== -1; at = out.indexOf(needle, from)) {
        parts.push(out.subarray(from, at), Buffer.from(REDACTED));
        from = at + needle.length;
      }
      parts.push(out.subarray(from));
      out = Buffer.concat(parts);
    }
  }
  return out;
}
