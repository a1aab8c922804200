import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Where keys are meant to live must never be committed; the template must hold none. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Whether git's ignore rules (not the index) exclude the path, as for a new file. */
function ignored(path: string): boolean {
  try {
    execFileSync('git', ['check-ignore', '--quiet', '--no-index', path], { cwd: ROOT });
    return true;
  } catch {
    return false;
  }
}

describe('files that hold the keys', () => {
  it.each(['.env.local', '.env.development.local', '.env.production.local', 'src/.env.local'])(
    'git ignores %s',
    (path) => {
      expect(ignored(path)).toBe(true);
    },
  );

  it('keeps the committed template, and it holds no key', () => {
    expect(ignored('.env.example')).toBe(false);
    const template = readFileSync(`${ROOT}/.env.example`, 'utf8');
    expect(template).toMatch(/^SCP_ACCESS_KEY=$/m);
    expect(template).toMatch(/^SCP_SECRET_KEY=$/m);
    expect(template).not.toMatch(/^VITE_/m);
  });
});
