// A simulator in its own process: the proxied path then crosses a real process boundary, as it
// does to SCP, and the 100,000-volume data set never burdens the bench process.
import { type SimulatorOptions, startSimulator } from '../../src/simulator/index.ts';
import { runChild } from './child-process.ts';

export interface SimulatorInfo {
  url: string;
  accessKey: string;
  secretKey: string;
  startMs: number;
}

await runChild<Partial<SimulatorOptions>, SimulatorInfo>(async (options) => {
  const started = performance.now();
  const sim = await startSimulator({
    host: '127.0.0.1',
    port: 0,
    latencyMs: 0,
    failRate: 0,
    churn: false,
    ...options,
  });
  return {
    info: {
      url: sim.url,
      accessKey: sim.accessKey,
      secretKey: sim.secretKey,
      startMs: performance.now() - started,
    },
    close: sim.close,
  };
});
