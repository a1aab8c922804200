/**
 * The SCP API simulator: the default backend when no SCP keys are configured (the proxy gets
 * it through built-in.ts, which imports this folder only when it is called). `startSimulator`
 * and its options serve the standalone entry (main.ts), tests and the bench.
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
