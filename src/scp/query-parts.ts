/**
 * Reading a raw query string (`a=1&b=x%20y`) the one way the proxy and the inventory's API both
 * read it: split on `&`, each name and value %-decoded with `+` as a space. What to keep, and
 * how to refuse what does not decode, is the caller's.
 */

/** C0 controls, DEL and C1 controls: never meant (CR/LF would split headers or log lines, NUL truncates). */
export function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * A UTF-16 half without its pair: no UTF-8 spells it, so it cannot be re-encoded (and
 * encodeURIComponent throws). HTTP/1 cannot deliver one, but a parser must stay total.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;

/** One name or value decoded; undefined for a malformed %-escape or what is not UTF-8. */
export function decodeComponent(raw: string): string | undefined {
  try {
    const decoded = decodeURIComponent(raw.replaceAll('+', ' '));
    return LONE_SURROGATE.test(decoded) ? undefined : decoded;
  } catch {
    return undefined;
  }
}

export interface QueryPart {
  /** As written, for a message about a part that does not decode. */
  raw: string;
  name: string | undefined;
  value: string | undefined;
}

/** The query's parameters in their order, empty parts (`a=1&&b=2`) skipped. */
export function queryParts(rawQuery: string): QueryPart[] {
  return rawQuery
    .split('&')
    .filter((raw) => raw !== '')
    .map((raw) => {
      const eq = raw.indexOf('=');
      return {
        raw,
        name: decodeComponent(eq === -1 ? raw : raw.slice(0, eq)),
        value: decodeComponent(eq === -1 ? '' : raw.slice(eq + 1)),
      };
    });
}
