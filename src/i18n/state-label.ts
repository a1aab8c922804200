import type { Messages } from './messages.ts';

/** The translated name of a volume state, or the raw API value when it has none. */
export function stateLabel(m: Messages, state: string): string {
  return Object.hasOwn(m.states, state) ? (m.states[state] ?? state) : state;
}
