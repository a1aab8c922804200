import type { SimulatorStarter } from '../proxy/upstream.ts';
import type { Inventory } from './create-inventory.ts';

/**
 * The hosts' simulator starter, with the account's epoch pinned in the inventory's database
 * (SCP_SIMULATOR_EPOCH), so a restart, or another replica, serves the very account the history
 * recorded. An explicit SCP_SIMULATOR_EPOCH wins; no database in time means no pin.
 */
export function pinEpoch(
  start: SimulatorStarter,
  inventory: Pick<Inventory, 'simulatorEpoch'>,
): SimulatorStarter {
  return async (env) => {
    if (env.SCP_SIMULATOR_EPOCH?.trim()) return start(env);
    const epoch = await inventory.simulatorEpoch();
    return start(epoch === null ? env : { ...env, SCP_SIMULATOR_EPOCH: String(epoch) });
  };
}
