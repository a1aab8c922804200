/**
 * Reads an error body in every shape SCP and the proxy are known to send (scp-api.md §5),
 * most specific first, falling back to the raw text. Never throws.
 */
export interface DescribedErrorBody {
  code: string | null;
  title: string | null;
  message: string | null;
  requestId: string | null;
  fromProxy: boolean;
}

const MAX_TEXT = 300;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  if (typeof value === 'string' && value.trim() !== '') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** `detail` is a string or a list of strings in the live API. */
function detailText(value: unknown): string | null {
  if (Array.isArray(value)) {
    const parts = value.map(str).filter((part): part is string => part !== null);
    return parts.length > 0 ? parts.join(' ') : null;
  }
  return str(value);
}

function textOf(raw: string): string | null {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(raw)?.[1]?.trim();
  if (title) return title;
  const text = raw
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text === '') return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

const empty: DescribedErrorBody = {
  code: null,
  title: null,
  message: null,
  requestId: null,
  fromProxy: false,
};

export function describeErrorBody(body: unknown): DescribedErrorBody {
  if (typeof body === 'string') return { ...empty, message: textOf(body) };
  if (!isObject(body)) return empty;

  const proxy = body.proxy_error;
  if (isObject(proxy)) {
    const requestId = str(proxy.request_id);
    return { ...empty, code: str(proxy.code), message: str(proxy.message), requestId, fromProxy: true };
  }

  const errors = body.errors;
  if (Array.isArray(errors) && isObject(errors[0])) {
    const first = errors[0];
    const title = str(first.title);
    const requestId = str(first.request_id) ?? str(first.global_request_id);
    return { ...empty, code: str(first.code), title, message: detailText(first.detail) ?? title, requestId };
  }

  // The gateway's and Spring's bodies name the request id either way.
  const requestId = str(body.requestId) ?? str(body.request_id);

  // Gateway rejection: {"status":"UNAUTHORIZED","name":"Request was rejected by gateway","message":"HmacValidFail: …"}
  if (typeof body.status === 'string' && ('name' in body || 'message' in body)) {
    const title = str(body.name);
    return { ...empty, code: str(body.status), title, message: str(body.message) ?? title, requestId };
  }

  // Spring-style: {"timestamp","path","status":404,"error":"Not Found","requestId"}
  if ('error' in body || 'path' in body) {
    const error = str(body.error);
    return { ...empty, code: error, title: error, message: str(body.message) ?? error, requestId };
  }

  return { ...empty, message: str(body.message) };
}
