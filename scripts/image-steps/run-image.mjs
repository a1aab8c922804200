// The runtime stage of the image, checked: its contents, then its CMD and HEALTHCHECK running.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const EXPECTED_TOP_LEVEL = ['dist', 'dist-server', 'node_modules', 'package-lock.json', 'package.json'];
const DEV_ONLY = ['vite', 'tsx', 'typescript', 'vitest', '@playwright/test', 'eslint'];
const PASSWORD = 'image-test-password';

function check(condition, message) {
  if (!condition) throw new Error(message);
  console.log(`  ✓ ${message}`);
}

async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

function waitForLine(child, pattern) {
  return new Promise((resolve, reject) => {
    let text = '';
    const onData = (chunk) => {
      process.stdout.write(chunk);
      text += chunk.toString();
      if (pattern.test(text)) resolve(text);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing ${pattern}`)));
  });
}

export async function checkRunningImage(runtime) {
  const { workdir } = runtime;
  // The emulation copies an absolute destination under the app's folder: a volume's mount point
  // (/data, the inventory's) is not part of the app, and stands in for the container's there.
  const mounts = runtime.volumes.map((volume) => volume.replace(/^\/+/, ''));
  const top = readdirSync(workdir)
    .filter((name) => !mounts.includes(name))
    .sort();
  check(
    JSON.stringify(top) === JSON.stringify(EXPECTED_TOP_LEVEL),
    `runtime holds only ${EXPECTED_TOP_LEVEL.join(', ')} (has: ${top.join(', ')})`,
  );
  const devFound = DEV_ONLY.filter((name) => existsSync(join(workdir, 'node_modules', name)));
  check(
    devFound.length === 0,
    `no development dependency installed (found: ${devFound.join(', ') || 'none'})`,
  );
  check(
    existsSync(join(workdir, 'node_modules', 'sirv')),
    'the server’s runtime dependency sirv is installed',
  );
  check(!existsSync(join(workdir, 'src')), 'no TypeScript sources');

  const hashed = spawnSync('node', ['dist-server/hash-password.js', PASSWORD], {
    cwd: workdir,
    encoding: 'utf8',
  });
  check(
    hashed.status === 0 && hashed.stdout.startsWith('scrypt.'),
    'node dist-server/hash-password.js makes a hash',
  );

  const port = await freePort();
  const env = {
    ...runtime.env,
    PORT: String(port),
    SCP_DASHBOARD_USERS: `ops:${hashed.stdout.trim()}`,
    ...(runtime.env.SCP_DATA_DIR ? { SCP_DATA_DIR: join(workdir, runtime.env.SCP_DATA_DIR) } : {}),
  };
  check(
    runtime.env.SCP_DATA_DIR === undefined || existsSync(env.SCP_DATA_DIR),
    `the inventory's data folder ${runtime.env.SCP_DATA_DIR ?? ''} exists in the image`,
  );
  const [program, ...args] = runtime.cmd;
  console.log(`  $ ${runtime.cmd.join(' ')}   (PORT=${port}, HOST=${env.HOST})`);
  const child = spawn(program, args, { cwd: workdir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitForLine(child, /serving .* on http:\/\/\S+:\d+/);
    const [hcProgram, ...hcArgs] = runtime.healthcheck;
    const health = spawnSync(hcProgram, hcArgs, { cwd: workdir, env, encoding: 'utf8' });
    check(health.status === 0, 'the HEALTHCHECK command passes');
    const base = `http://127.0.0.1:${port}`;
    const auth = { Authorization: `Basic ${Buffer.from(`ops:${PASSWORD}`).toString('base64')}` };
    check((await fetch(`${base}/`)).status === 401, 'GET / without credentials: 401');
    const page = await fetch(`${base}/`, { headers: auth });
    check(page.status === 200 && (await page.text()).includes('<div id="root">'), 'GET / signed in: the app');
    const list = await fetch(`${base}/api/v1/volumes?limit=1`, { headers: auth });
    const body = await list.json();
    check(
      list.status === 200 && Array.isArray(body.volumes),
      'GET /api/v1/volumes signed in: volumes (simulator)',
    );
    // The database opens in the background: a few tries, each answered at once.
    let inventory;
    for (let attempt = 0; attempt < 50 && inventory?.status !== 200; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100));
      inventory = await fetch(`${base}/api/inventory/status`, { headers: auth });
    }
    check(
      inventory?.status === 200 && existsSync(join(env.SCP_DATA_DIR ?? '', 'inventory.db')),
      `GET /api/inventory/status signed in: the inventory, its database in ${runtime.env.SCP_DATA_DIR}`,
    );
  } finally {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    check(code === 0, `SIGTERM: exit ${code}`);
  }
}
