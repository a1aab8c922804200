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
  /**
   * Joins the flight for `key`, starting it with `start` when there is none. `start`'s signal
   * aborts once every waiter has left.
   */
  join(key: string, start: (signal: AbortSignal) => Promise<T>): Waiter<T>;
  /** Requests in flight now (tests and diagnostics). */
  readonly size: number;
}

/**
 * One browser request's place in a flight. A plain handle rather than an AbortSignal per
 * request: an AbortController and its listeners were a measurable share of the proxy's CPU
 * per request (docs/PERFORMANCE.md), and only the shared upstream request needs a signal.
 */
export interface Waiter<T> {
  /** The shared answer, or `reason` once this waiter has left. */
  answer: Promise<T>;
  /** Stops waiting (rejecting `answer` with `reason`); the last one out cancels the flight. */
  leave(reason: unknown): void;
  /** True when the flight was already in the air: this request costs SCP nothing. */
  joined: boolean;
}

interface Flight<T> {
  answer: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export function createCoalescer<T>(): Coalescer<T> {
  const flights = new Map<string, Flight<T>>();

  function newFlight(key: string, start: (signal: AbortSignal) => Promise<T>): Flight<T> {
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
    join(key, start) {
      const existing = flights.get(key);
      const flight = existing ?? newFlight(key, start);
      flight.waiters += 1;
      let waiting = true;
      let reject: (reason: unknown) => void = () => {};
      const answer = new Promise<T>((resolveAnswer, rejectAnswer) => {
        reject = rejectAnswer;
        flight.answer.then(
          (value) => {
            waiting = false;
            resolveAnswer(value);
          },
          (error: unknown) => {
            waiting = false;
            rejectAnswer(error);
          },
        );
      });
      return {
        answer,
        joined: existing !== undefined,
        leave(reason) {
          if (!waiting) return;
          waiting = false;
          flight.waiters -= 1;
          // The last one out cancels; a later identical request starts afresh.
          if (flight.waiters === 0) {
            if (flights.get(key) === flight) flights.delete(key);
            flight.controller.abort(reason);
          }
          reject(reason);
        },
      };
    },
  };
}
