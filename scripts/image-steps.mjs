// `npm run test:image`: the container image's steps without a container runtime (this machine
// has none). Reads the Dockerfile, runs each stage's COPY/RUN/ENV/WORKDIR in a temporary
// directory, from a clean copy of the sources filtered by .dockerignore, then checks the
// runtime stage holds only what it should and runs its CMD and HEALTHCHECK: it must serve the
// dashboard (with Basic auth), answer on /api, and stop cleanly on SIGTERM.
// Not emulated: the base image (this machine's Node stands in) and USER (it runs as you).
//
// --keep-build: afterwards, the image's dist/ and dist-server/ replace the project's own. `npm test`
// serves them to the browser tests and measures the bundle from them instead of building the same
// sources a second time.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dockerignoreFilter, parseDockerfile } from './image-steps/dockerfile.mjs';
import { checkRunningImage } from './image-steps/run-image.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KEEP_BUILD = process.argv.includes('--keep-build');
const temp = mkdtempSync(join(tmpdir(), 'scp-image-'));
// A container starts with nothing of the developer's shell: no keys, no dashboard settings.
// npm may answer from this machine's cache without asking the registry whether its metadata is
// still fresh: `npm ci` installs exactly the lockfile's versions and checks each integrity hash
// either way. It saved about 10 of npm ci's 36 seconds here.
const baseEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(SCP_|PORT$|HOST$|LOG_FORMAT$|NODE_ENV$)/.test(name)),
  ),
  npm_config_prefer_offline: 'true',
};

function step(text) {
  console.log(`\n▸ ${text}`);
}

function buildContext() {
  const context = join(temp, 'context');
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const keep = dockerignoreFilter(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
  let count = 0;
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    if (!keep(file) || !existsSync(join(ROOT, file))) continue;
    mkdirSync(dirname(join(context, file)), { recursive: true });
    cpSync(join(ROOT, file), join(context, file));
    count += 1;
  }
  return { context, count };
}

function runStage(stage, context, stages) {
  const root = join(temp, 'stages', stage.name);
  let workdir = root;
  const env = { ...baseEnv };
  for (const instruction of stage.instructions) {
    const { op, args } = instruction;
    if (op === 'WORKDIR') {
      workdir = join(root, args);
      mkdirSync(workdir, { recursive: true });
    } else if (op === 'ENV') Object.assign(env, args);
    else if (op === 'COPY') {
      const from = args.from === undefined ? context : stages.get(args.from)?.root;
      if (from === undefined) throw new Error(`COPY --from=${args.from}: no such stage before this one`);
      for (const source of args.sources) {
        const intoDir = args.dest.endsWith('/') || args.dest === '.' || args.sources.length > 1;
        const origin = join(from, source.replace(/^\//, ''));
        const destination =
          source === '.'
            ? join(workdir, args.dest)
            : join(workdir, args.dest, intoDir ? basename(source) : '');
        step(`[${stage.name}] COPY ${source} → ${relative(root, destination) || '.'}`);
        cpSync(origin, destination, { recursive: true });
      }
    } else if (op === 'RUN') {
      step(`[${stage.name}] RUN ${args}`);
      const result = spawnSync('sh', ['-c', args], { cwd: workdir, env, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`RUN failed (exit ${result.status}): ${args}`);
    }
  }
  return { root, workdir, env, cmd: stage.cmd, healthcheck: stage.healthcheck, volumes: stage.volumes ?? [] };
}

let failed = false;
try {
  const dockerfile = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
  step('build context: git-tracked and new files, less .dockerignore');
  const { context, count } = buildContext();
  console.log(
    `  ${count} files; no .env file among them: ${!readdirSync(context).some((f) => f.startsWith('.env') && f !== '.env.example')}`,
  );
  const stages = new Map();
  for (const stage of dockerfile.stages) stages.set(stage.name, runStage(stage, context, stages));
  const runtime = [...stages.values()].at(-1);
  step('runtime stage: only dist/, dist-server/ and production dependencies');
  await checkRunningImage(runtime);
  if (KEEP_BUILD) {
    for (const folder of ['dist', 'dist-server']) {
      rmSync(join(ROOT, folder), { recursive: true, force: true });
      cpSync(join(runtime.workdir, folder), join(ROOT, folder), { recursive: true });
    }
    step("the image's dist/ and dist-server/ copied into the project (--keep-build)");
  }
  console.log('\nimage steps: 1 passed, 0 failed');
} catch (error) {
  failed = true;
  console.error(`\n✗ image steps failed: ${error instanceof Error ? error.message : String(error)}`);
  console.log('\nimage steps: 0 passed, 1 failed');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
