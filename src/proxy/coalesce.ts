/**
 * Identical upstream GETs in flight at the same moment are sent once and the answer shared:
 * when many people have the dashboard open, the same page refreshes at the same second, and
 * each copy would spend the account's SCP quota. Per process and in flight only — nothing is
 * cached once the answer is in — and only the answer is shared (each browser still gets its
 * own request id and headers). All users of one server see the same account anyway.
 *
 * The shared request is cancelled only when every waiter has gone (a client left, or its own
 * timeout fired), so one impatient browser cannot fail the others.
 */
export interface Coalescer<T> {
  run(key: string, waiter: AbortSignal, start: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Requests in flight now (tests and diagnostics). */
  readonly size: number;
}

interface Flight<T> {
  answer: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export function createCoalescer<T>(): Coalescer<T> {
  const flights = new Map<string, Flight<T>>();

  function join(key: string, start: (signal: AbortSignal) => Promise<T>): Flight<T> {
    const existing = flights.get(key);
    if (existing) return existing;
    const controller = new AbortController();
    const flight: Flight<T> = { answer: start(controller.signal), controller, waiters: 0 };
    flights.set(key, flight);
    const forget = (): void => {
      if (flights.get(key) === flight) flights.delete(key);
    };
    flight.answer.then(forget, forget);
    return flight;
  }

  return {
    get size() {
      return flights.size;
    },
    run(key, waiter, start) {
      if (waiter.aborted) return Promise.reject(waiter.reason);
      const flight = join(key, start);
      flight.waiters += 1;
      return new Promise<T>((resolve, reject) => {
        const leave = (): void => {
          flight.waiters -= 1;
          // The last one out cancels; a later identical request starts afresh.
          if (flight.waiters === 0) {
            if (flights.get(key) === flight) flights.delete(key);
            flight.controller.abort(waiter.reason);
          }
          reject(waiter.reason);
        };
        waiter.addEventListener('abort', leave, { once: true });
        flight.answer.then(
          (value) => {
            waiter.removeEventListener('abort', leave);
            resolve(value);
          },
          (error: unknown) => {
            waiter.removeEventListener('abort', leave);
            reject(error);
          },
        );
      });
    },
  };
}
