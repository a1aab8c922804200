import { TRANSITIONAL_STATES } from '../scp/volume-states.ts';

/**
 * How a state looks: settled and fine, on its way somewhere, failed, or unknown. A question of
 * presentation, so it lives with the components; the SCP contract only names the states.
 */
export type StateTone = 'ok' | 'busy' | 'error' | 'neutral';

export function stateTone(state: string): StateTone {
  if (state === 'available' || state === 'in-use') return 'ok';
  if (state.startsWith('error')) return 'error';
  if (TRANSITIONAL_STATES.has(state)) return 'busy';
  return 'neutral';
}
