// Installs Debian packages for the test command on a fresh machine (root, apt): the browser
// (find-browser.mjs) and any other real component a test runs. One place for the rules: wait for
// another install's dpkg lock instead of failing, and refresh the package index only when the
// package is not known yet.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Prints and runs a command; true when it exits 0 within the time given. */
export function runCommand(command, args, timeoutMs) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
  return result.status === 0;
}

/** Whether this process may install Debian packages (root on a machine with apt-get). */
export const canApt = () =>
  typeof process.getuid === 'function' && process.getuid() === 0 && existsSync('/usr/bin/apt-get');

/** apt-get install, with an index update only when a package is not known yet. */
export function aptInstall(...packages) {
  const lock = ['-o', 'DPkg::Lock::Timeout=300'];
  const install = () =>
    runCommand('apt-get', ['install', '-y', '--no-install-recommends', ...lock, ...packages], 10 * 60_000);
  return install() || (runCommand('apt-get', ['update', ...lock], 5 * 60_000) && install());
}
