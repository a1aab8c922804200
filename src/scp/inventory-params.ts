import type { ParamSpec } from './inventory-routes.ts';
import { hasControlCharacter, queryParts } from './query-parts.ts';

/** A route's parameters once read: each typed by its spec (inventory-routes.ts). */
type Parsed<S extends ParamSpec> = S extends { kind: 'int'; default: number }
  ? number
  : S extends { kind: 'int' }
    ? number | undefined
    : S extends { kind: 'bool' }
      ? boolean | undefined
      : S extends { kind: 'enum'; values: readonly (infer V)[]; default: string }
        ? V
        : S extends { kind: 'enum'; values: readonly (infer V)[] }
          ? V | undefined
          : S extends { kind: 'list' }
            ? string[] | undefined
            : S extends { kind: 'time' }
              ? number | undefined
              : S extends { kind: 'text' }
                ? string | undefined
                : S extends { kind: 'sort'; keys: readonly (infer K)[] }
                  ? { key: K; direction: 'asc' | 'desc' }[]
                  : S extends { kind: 'cursor' }
                    ? string | undefined
                    : never;

export type ParsedParams<M extends Readonly<Record<string, ParamSpec>>> = {
  -readonly [K in keyof M]: Parsed<M[K]>;
};

export type ParamsResult<M extends Readonly<Record<string, ParamSpec>>> =
  { ok: true; params: ParsedParams<M> } | { ok: false; parameter: string; message: string };

const WHOLE = /^-?\d+$/;
const ISO_TIME = /^\d{4}-\d\d-\d\d(T\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:?\d\d))?$/i;
/** `2026-11-20T09:30:00Z`, or a date read as UTC midnight; a date-time without a zone is refused (whose noon?). */
export function parseTime(raw: string): number | undefined {
  if (!ISO_TIME.test(raw)) return undefined;
  const time = Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw);
  return Number.isNaN(time) ? undefined : time;
}

function readOne(name: string, spec: ParamSpec, raw: string): { value: unknown } | { message: string } {
  switch (spec.kind) {
    case 'int': {
      const value = Number(raw);
      if (!WHOLE.test(raw) || value < spec.min || value > spec.max) {
        return { message: `${name} must be a whole number from ${spec.min} to ${spec.max}, got "${raw}".` };
      }
      return { value };
    }
    case 'bool':
      if (raw === 'true' || raw === 'false') return { value: raw === 'true' };
      return { message: `${name} must be true or false, got "${raw}".` };
    case 'enum':
      if (spec.values.includes(raw)) return { value: raw };
      return { message: `${name} must be one of ${spec.values.join(', ')}, got "${raw}".` };
    case 'list': {
      const values = raw.split(',').map((part) => part.trim());
      if (values.some((value) => value === '')) return { message: `${name} has an empty value in "${raw}".` };
      if (values.length > spec.maxItems) return { message: `${name} takes at most ${spec.maxItems} values.` };
      return { value: [...new Set(values)] };
    }
    case 'time': {
      const value = parseTime(raw);
      if (value === undefined) {
        return {
          message: `${name} must be an ISO 8601 date-time with a zone (2026-11-20T09:30:00Z) or a date (2026-11-20), got "${raw}".`,
        };
      }
      return { value };
    }
    case 'text':
      if (raw.length > spec.maxLength)
        return { message: `${name} is longer than ${spec.maxLength} characters.` };
      return { value: raw };
    case 'sort':
      return readSort(name, spec.keys, raw);
    case 'cursor':
      return { value: raw };
  }
}

function readSort(
  name: string,
  keys: readonly string[],
  raw: string,
): { value: unknown } | { message: string } {
  const terms: { key: string; direction: 'asc' | 'desc' }[] = [];
  for (const part of raw.split(',')) {
    const [key = '', direction = 'asc', ...rest] = part.split(':');
    if (!keys.includes(key)) return { message: `${name} key "${key}" is not one of ${keys.join(', ')}.` };
    if ((direction !== 'asc' && direction !== 'desc') || rest.length > 0) {
      return { message: `${name} direction in "${part}" must be asc or desc.` };
    }
    if (!terms.some((term) => term.key === key)) terms.push({ key, direction });
  }
  return { value: terms };
}

/**
 * Reads a raw query string (no '?') against a route's parameters: each known one decoded
 * strictly and checked, an empty one taken as absent, defaults applied. Any unknown, repeated,
 * malformed or out-of-range parameter is refused with a message naming it.
 */
export function parseInventoryParams<M extends Readonly<Record<string, ParamSpec>>>(
  specs: M,
  rawQuery: string,
): ParamsResult<M> {
  const given = new Map<string, string>();
  for (const { raw, name, value } of queryParts(rawQuery)) {
    if (
      name === undefined ||
      value === undefined ||
      hasControlCharacter(name) ||
      hasControlCharacter(value)
    ) {
      return {
        ok: false,
        parameter: name ?? raw.slice(0, 40),
        message: 'The query string has a malformed %-escape or a control character.',
      };
    }
    if (!Object.hasOwn(specs, name)) {
      const known = Object.keys(specs);
      return {
        ok: false,
        parameter: name,
        message:
          known.length === 0
            ? `Unknown parameter "${name}": this route takes none.`
            : `Unknown parameter "${name}": this route takes ${known.join(', ')}.`,
      };
    }
    if (given.has(name)) return { ok: false, parameter: name, message: `${name} is given more than once.` };
    given.set(name, value);
  }
  const params: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const raw = given.get(name);
    if (raw === undefined || raw === '') {
      if (spec.kind === 'sort')
        params[name] = (readSort(name, spec.keys, spec.default) as { value: unknown }).value;
      else params[name] = 'default' in spec ? spec.default : undefined;
      continue;
    }
    const read = readOne(name, spec, raw);
    if ('message' in read) return { ok: false, parameter: name, message: read.message };
    params[name] = read.value;
  }
  return { ok: true, params: params as ParsedParams<M> };
}
