// `npm test`: every check, in the order that fails fastest. Stops at the first failing phase
// and says which step failed, so a red run is readable from its last lines. `--quick` (npm run
// test:quick) is the inner loop: lint, types, unit tests and the dev-server smoke journeys.
//
// A phase's steps run at the same time when together they about fill the two cores: lint is
// single-threaded, the type-check (TypeScript 7's native compiler) takes a few seconds, and the
// container image steps use about one core, partly waiting on npm. The unit tests and the
// browser tests run side by side too: alone, the unit tests left a fifth of the machine idle
// (processes they start, a database, Prometheus) while the browser tests wait on nothing but
// the CPU; together they took 14 s less. A step that runs beside another has its output held
// back and printed whole when it ends, so the log stays readable.
import { spawn } from 'node:child_process';

const quick = process.argv.includes('--quick');
const npm = (script, ...args) => [
  'npm',
  ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])],
];

const unitTests = { name: 'unit and component tests', command: npm('test:unit') };

/** @type {{ name: string, command: [string, string[]], env?: Record<string, string> }[][]} */
const phases = [
  [
    { name: 'lint', command: npm('lint') },
    { name: 'type-check', command: npm('typecheck') },
    // The Dockerfile's own steps, run without Docker (this machine has no container runtime). Its
    // build of dist/ and dist-server/ is kept: the bundle budget measures it and the browser tests
    // serve it, so the same sources are not built twice.
    ...(quick
      ? []
      : [
          {
            name: 'container image steps (and the production build)',
            command: npm('test:image', '--keep-build'),
          },
        ]),
    // The metrics tests use the real Prometheus and promtool: found here, or installed (apt) on a
    // fresh machine, before the unit tests need them; a clear failure when neither works.
    {
      name: 'Prometheus and promtool (find or install)',
      command: [process.execPath, ['scripts/find-prometheus.mjs']],
    },
  ],
  ...(quick
    ? [
        [unitTests],
        [
          {
            name: 'browser smoke tests on the dev server (Playwright)',
            command: npm('test:e2e', '--project', 'dev'),
          },
        ],
      ]
    : [
        // Deterministic, so it gates every run; the timings of `npm run bench` are only reported.
        [
          {
            name: 'bundle budget (≤ 120 kB gzip initial)',
            command: [process.execPath, ['scripts/check-bundle.mjs', '--dist', 'dist']],
          },
        ],
        [
          unitTests,
          { name: 'browser tests (Playwright)', command: npm('test:e2e'), env: { E2E_BUILT: '1' } },
        ],
      ]),
];

/** Runs one step; alone it prints as it goes, beside others its output is held until it ends. */
function run(step, alone) {
  const started = Date.now();
  const [command, args] = step.command;
  const child = spawn(command, args, {
    stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...step.env },
  });
  const output = [];
  child.stdout?.on('data', (chunk) => output.push(chunk));
  child.stderr?.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code, signal) =>
      resolve({ step, code, signal, output: Buffer.concat(output), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

const started = Date.now();
for (const phase of phases) {
  const alone = phase.length === 1;
  if (alone) console.log(`\n━━ ${phase[0].name} ━━`);
  else console.log(`\n━━ ${phase.map((step) => step.name).join(' ‖ ')} (side by side) ━━`);
  const results = await Promise.all(phase.map((step) => run(step, alone)));
  let failed = null;
  for (const { step, code, signal, output, seconds } of results) {
    if (!alone) {
      console.log(`\n── ${step.name} ──`);
      process.stdout.write(output);
    }
    if (code === 0) console.log(`✓ ${step.name} (${seconds.toFixed(1)} s)`);
    else {
      console.error(`\n✗ ${step.name} failed after ${seconds.toFixed(1)} s (exit ${code ?? signal}).`);
      failed ??= code || 1;
    }
  }
  if (failed !== null) process.exit(failed);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
