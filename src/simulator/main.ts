/** `npm run simulator`: the SCP simulator as a standalone HTTP server on the loopback interface. */
import { SIMULATOR_ENV, SimulatorConfigError, simulatorOptionsFromEnv, startSimulator } from './index.ts';

try {
  const started = performance.now();
  const options = simulatorOptionsFromEnv(process.env);
  const simulator = await startSimulator(options);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`SCP simulator listening on ${simulator.url} (ready in ${seconds} s)`);
  console.log(`  access key: ${simulator.accessKey}   (${SIMULATOR_ENV.accessKey})`);
  console.log(`  secret key: ${simulator.secretKey}   (${SIMULATOR_ENV.secretKey})`);
  console.log(
    `  ${options.volumeCount.toLocaleString('en-US')} volumes (seed "${options.seed}"), ` +
      `latency ${options.latencyMs} ms, fail rate ${options.failRate}, churn ${options.churn ? 'on' : 'off'}`,
  );
  console.log(`  try: curl ${simulator.url}/   (versions, no signature needed)`);
  const stop = () => {
    void simulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  if (!(error instanceof SimulatorConfigError)) throw error;
  console.error(`SCP simulator: ${error.message}`);
  process.exit(1);
}
