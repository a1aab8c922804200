import type { Credentials } from '../signing/signature.ts';
import type { UpstreamAnswer } from './upstream-client.ts';

/** What a key quoted back by SCP becomes before the browser sees it. */
export const REDACTED = '[redacted]';
const REDACTED_BYTES = Buffer.from(REDACTED);

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
 * parsed, so a body that is not JSON is covered too. The redactor returns the same buffer when
 * nothing matched. Made once per set of keys: the needles are the same for every answer.
 */
export function createRedactor(secrets: readonly string[]): (body: Buffer) => Buffer {
  const needles = [...new Set(secrets.flatMap(spellings))]
    .filter((spelling) => spelling !== '')
    .map((spelling) => Buffer.from(spelling));
  return (body) => {
    let out = body;
    for (const needle of needles) {
      let at = out.indexOf(needle);
      if (at === -1) continue;
      const parts: Buffer[] = [];
      let from = 0;
      for (; at !== -1; at = out.indexOf(needle, from)) {
        parts.push(out.subarray(from, at), REDACTED_BYTES);
        from = at + needle.length;
      }
      parts.push(out.subarray(from));
      out = Buffer.concat(parts);
    }
    return out;
  };
}

export function redactSecrets(body: Buffer, secrets: readonly string[]): Buffer {
  return createRedactor(secrets)(body);
}

const redactors = new WeakMap<Credentials, (body: Buffer) => Buffer>();

/** An upstream answer with `target`'s keys cut out of its body, the needles made once per target. */
export function redactedAnswer(answer: UpstreamAnswer, target: Credentials): UpstreamAnswer {
  // An encoded body cannot be scanned without decoding it; SCP was asked for identity.
  const encoded = answer.contentEncoding !== undefined && answer.contentEncoding !== 'identity';
  if (answer.body === null || encoded) return answer;
  let redact = redactors.get(target);
  if (!redact) {
    redact = createRedactor([target.accessKey, target.secretKey]);
    redactors.set(target, redact);
  }
  const body = redact(answer.body);
  return body === answer.body ? answer : { ...answer, body };
}
