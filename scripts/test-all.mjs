// `npm test`: every check, in the order that fails fastest. Stops at the first failing step
// and says which one, so a red run is readable from its last lines.
import { spawnSync } from 'node:child_process';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['type-check', 'npm', ['run', '--silent', 'typecheck']],
  ['unit and component tests', 'npm', ['run', '--silent', 'test:unit']],
  // Deterministic, so it gates every run; the timings of `npm run bench` are only reported.
  ['bundle budget (≤ 120 kB gzip initial)', process.execPath, ['scripts/check-bundle.mjs']],
  // The Dockerfile's own steps, run without Docker (this machine has no container runtime).
  ['container image steps', 'npm', ['run', '--silent', 'test:image']],
  ['browser tests (Playwright)', 'npm', ['run', '--silent', 'test:e2e']],
];

const started = Date.now();
for (const [name, command, args] of steps) {
  const stepStart = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
