import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The server's log: plain lines, or one JSON object per line with LOG_FORMAT=json. Every line
 * written while a request is handled names its user — including the proxy's own lines, which
 * know nothing of users: the request's user rides along in AsyncLocalStorage.
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

const requestUser = new AsyncLocalStorage<string>();

/** Runs a request's handling with its user attached to every line logged meanwhile. */
export function withUser<T>(user: string, run: () => T): T {
  return requestUser.run(user, run);
}

export const processSink: LogSink = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

// A user name from a proxy header or a URL reaches this line: no control characters in it.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const clean = (text: string): string => text.replace(CONTROL, '?');

export function readLogFormat(value: string | undefined): LogFormat {
  return value?.trim().toLowerCase() === 'json' ? 'json' : 'text';
}

export function createServerLogger(
  format: LogFormat,
  sink: LogSink = processSink,
  now: () => Date = () => new Date(),
): ServerLogger {
  const write = (level: 'info' | 'warn' | 'error', message: string, fields: LogFields = {}): void => {
    const user = requestUser.getStore();
    const withUserField = user === undefined || 'user' in fields ? fields : { ...fields, user };
    let line: string;
    if (format === 'json') {
      line = JSON.stringify({ time: now().toISOString(), level, msg: message, ...withUserField });
    } else {
      // The message already reads as a sentence; of the fields only the user is added.
      const who = withUserField.user;
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
