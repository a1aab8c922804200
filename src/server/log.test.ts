import { describe, expect, it } from 'vitest';
import { batchedSink } from './log.ts';

/** A stream that records each write it gets. */
const recording = (name: string, writes: string[]) => ({
  write: (text: string) => {
    writes.push(`${name}:${text}`);
    return true;
  },
});

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('the process log sink', () => {
  it('writes the lines of one turn of the event loop together, in order across the two streams', async () => {
    const writes: string[] = [];
    const sink = batchedSink(recording('out', writes), recording('err', writes), () => {});

    sink.out('a');
    sink.out('b');
    sink.err('c');
    sink.out('d');
    expect(writes).toEqual([]);
    await nextTurn();

    expect(writes).toEqual(['out:a\nb\n', 'err:c\n', 'out:d\n']);
    sink.out('e');
    await nextTurn();
    expect(writes.at(-1)).toBe('out:e\n');
  });

  it('writes what is pending when the process exits', () => {
    const writes: string[] = [];
    let exit = (): void => {};
    const sink = batchedSink(recording('out', writes), recording('err', writes), (flush) => (exit = flush));

    sink.err('last words');
    exit();

    expect(writes).toEqual(['err:last words\n']);
  });
});
