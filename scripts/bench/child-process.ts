import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { replyToUsageRequests } from './usage-reply.mjs';

/**
 * Servers run in their own processes so the load generator and the Playwright driver in the
 * bench process never share an event loop with what they measure. Children exit when the IPC
 * channel closes, so a crashed bench leaves nothing listening.
 */
export interface Child<Info> {
  info: Info;
  process: ChildProcess;
  /** Cumulative CPU time and event-loop time: cost per request and saturation, whatever the noise. */
  usage(): Promise<Usage>;
  stop(): Promise<void>;
}

/** All in ms since the child started. */
export interface Usage {
  /** User + system CPU time, all threads. */
  cpuMs: number;
  /** Of which in the kernel (system calls: socket reads and writes). */
  systemCpuMs: number;
  /** Main-thread event loop, busy and idle (performance.eventLoopUtilization). */
  loopActiveMs: number;
  loopIdleMs: number;
  /** Resident set now, and the most it has been (bytes). */
  rssBytes: number;
  maxRssBytes: number;
}

interface UsageMessage {
  type: 'usage';
  usage: Usage;
}

export interface ReadyMessage<Info> {
  type: 'ready';
  info: Info;
}

export interface FailedMessage {
  type: 'failed';
  message: string;
}

const STOP_GRACE_MS = 5_000;

export async function startChild<Info>(
  script: URL,
  input: unknown,
  {
    timeoutMs = 120_000,
    env = process.env,
    nodeOptions = [],
    output = 'inherit',
    built,
  }: {
    timeoutMs?: number;
    env?: NodeJS.ProcessEnv;
    nodeOptions?: string[];
    /**
     * A compiled JavaScript program rather than a TypeScript child: started with these
     * arguments, without tsx, and this preload speaking the protocol (serve-preload.mjs).
     */
    built?: { args: string[]; preload: URL };
    /**
     * 'ignore': the child's stdout and stderr go to /dev/null (a server's per-request log
     * lines). A child that fails to start still says why, over IPC.
     */
    output?: 'inherit' | 'ignore';
  } = {},
): Promise<Child<Info>> {
  const child = fork(fileURLToPath(script), built ? built.args : [JSON.stringify(input)], {
    // nodeOptions: flags NODE_OPTIONS refuses, such as --cpu-prof.
    execArgv: ['--import', built ? built.preload.href : 'tsx', ...nodeOptions],
    env,
    stdio: ['ignore', output, output, 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (child.connected) child.disconnect();
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };
  try {
    const info = await new Promise<Info>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${script.pathname} did not start in ${timeoutMs} ms`)),
        timeoutMs,
      );
      child.once('message', (message: ReadyMessage<Info> | FailedMessage) => {
        clearTimeout(timer);
        if (message.type === 'ready') resolve(message.info);
        else reject(new Error(`${script.pathname}: ${message.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${script.pathname} exited before it was ready (${code ?? signal})`));
      });
    });
    const usage = () =>
      new Promise<Usage>((resolve) => {
        const onMessage = (message: UsageMessage) => {
          if (message.type !== 'usage') return;
          child.off('message', onMessage);
          resolve(message.usage);
        };
        child.on('message', onMessage);
        child.send({ type: 'usage' });
      });
    return { info, process: child, usage, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The child side: read the input, start, report, and close when the parent goes away. */
export async function runChild<Input, Info>(
  start: (input: Input) => Promise<{ info: Info; close: () => Promise<void> }>,
): Promise<void> {
  const send = (message: ReadyMessage<Info> | FailedMessage): void => {
    process.send?.(message);
  };
  try {
    const input = JSON.parse(process.argv[2] ?? '{}') as Input;
    const { info, close } = await start(input);
    process.once('disconnect', () => {
      close().finally(() => process.exit(0));
    });
    replyToUsageRequests();
    send({ type: 'ready', info });
  } catch (error) {
    send({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
    process.exit(1);
  }
}
