import type { IncomingMessage } from 'node:http';

/**
 * The server's log: plain lines, or one JSON object per line with LOG_FORMAT=json. Every
 * request's line names its user — the proxy's own lines too, which know nothing of users: the
 * dashboard remembers the user of each request (rememberUser), and the proxy hands its line
 * over with the request (ProxyLogger.request, src/server/mount-proxy.ts).
 */
export type LogFormat = 'text' | 'json';
export type LogFields = Record<string, string | number | boolean | null>;

export interface ServerLogger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface LogSink {
  out(line: string): void;
  err(line: string): void;
}

// Not AsyncLocalStorage: on Node 20 it hooks every promise of the process, for a value only a
// request's own lines need (docs/PERFORMANCE.md, "Figures behind design decisions").
const requestUsers = new WeakMap<IncomingMessage, string>();

export function rememberUser(req: IncomingMessage, user: string): void {
  requestUsers.set(req, user);
}

/** The user the dashboard signed in for `req`; undefined before (or without) the dashboard. */
export function userOf(req: IncomingMessage): string | undefined {
  return requestUsers.get(req);
}

/**
 * stdout and stderr, written once per turn of the event loop. On Linux a write to a pipe or a
 * file is a system call made at once, and a pipe's reader is woken for each; under load, one
 * per request line is a cost of its own (docs/PERFORMANCE.md, "Figures behind design decisions"). Lines keep their order across the two streams (a
 * run of lines for one stream is one write), and what is still pending when the process exits
 * is written then: writes to pipes and files are synchronous on Linux.
 */
export function batchedSink(
  out: Pick<NodeJS.WritableStream, 'write'>,
  err: Pick<NodeJS.WritableStream, 'write'>,
  atExit: (flush: () => void) => void = (flush) => process.once('exit', flush),
): LogSink {
  let pending: { stream: typeof out; line: string }[] = [];
  const flush = (): void => {
    const lines = pending;
    pending = [];
    for (let i = 0; i < lines.length;) {
      const { stream } = lines[i] as (typeof lines)[number];
      let text = '';
      for (; i < lines.length && lines[i]?.stream === stream; i++) text += lines[i]?.line;
      stream.write(text);
    }
  };
  atExit(flush);
  const add = (stream: typeof out, line: string): void => {
    if (pending.length === 0) setImmediate(flush);
    pending.push({ stream, line: `${line}\n` });
  };
  return { out: (line) => add(out, line), err: (line) => add(err, line) };
}

let processLines: LogSink | undefined;

/** The process's stdout (info) and stderr (warnings, errors), batched per turn of the event loop. */
export function processSink(): LogSink {
  processLines ??= batchedSink(process.stdout, process.stderr);
  return processLines;
}

// A user name from a proxy header or a URL reaches this line: no control characters in it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '?');

export function readLogFormat(value: string | undefined): LogFormat {
  return value?.trim().toLowerCase() === 'json' ? 'json' : 'text';
}

export function createServerLogger(
  format: LogFormat,
  sink: LogSink = processSink(),
  now: () => Date = () => new Date(),
): ServerLogger {
  const write = (level: 'info' | 'warn' | 'error', message: string, fields: LogFields = {}): void => {
    let line: string;
    if (format === 'json') {
      line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...fields });
    } else {
      // The message already reads as a sentence; of the fields only the user is added.
      const who = fields.user;
      line = clean(who === undefined ? message : `${message} user=${String(who)}`);
    }
    if (level === 'info') sink.out(line);
    else sink.err(line);
  };
  return {
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
  };
}
