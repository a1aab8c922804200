// `npm test`: every check, in the order that fails fastest. Stops at the first failing step
// and says which one, so a red run is readable from its last lines. `--quick` (npm run
// test:quick) is the inner loop: lint, types, unit tests and the dev-server smoke journeys.
import { spawnSync } from 'node:child_process';

const quick = process.argv.includes('--quick');

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['unit and component tests', 'npm', ['run', '--silent', 'test:unit']],
  ...(quick
    ? [
        [
          'browser smoke tests on the dev server (Playwright)',
          'npm',
          ['run', '--silent', 'test:e2e', '--', '--project', 'dev'],
        ],
      ]
    : [
        // Built once: the bundle budget measures it and the browser tests serve it.
        ['production build', 'npm', ['run', '--silent', 'build']],
        // Deterministic, so it gates every run; the timings of `npm run bench` are only reported.
        [
          'bundle budget (≤ 120 kB gzip initial)',
          process.execPath,
          ['scripts/check-bundle.mjs', '--dist', 'dist'],
        ],
        // The Dockerfile's own steps, run without Docker (this machine has no container runtime).
        ['container image steps', 'npm', ['run', '--silent', 'test:image']],
        ['browser tests (Playwright)', 'npm', ['run', '--silent', 'test:e2e'], { E2E_BUILT: '1' }],
      ]),
];

const started = Date.now();
for (const [name, command, args, env = {}] of steps) {
  const stepStart = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
