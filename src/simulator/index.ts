/**
 * The SCP API simulator: the default backend when no SCP keys are configured. The signing
 * proxy's Vite plugin relies on `SimulatorOptions`, `RunningSimulator`,
 * `simulatorOptionsFromEnv` and `startSimulator`; the rest serves tests and tools.
 */
export {
  DEFAULT_SIMULATOR_OPTIONS,
  DEMO_ACCESS_KEY,
  DEMO_SECRET_KEY,
  SIMULATOR_ENV,
  SimulatorConfigError,
  simulatorOptionsFromEnv,
  type SimulatorOptions,
} from './options.ts';
export { startSimulator, type RunningSimulator } from './server.ts';
export { Simulator, type SimulatorDeps, type SimulatorSettings } from './simulator.ts';
