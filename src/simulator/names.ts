import { chance, hex, int, pick, weightedPicker, type Rng } from './random.ts';

/** Names in the styles teams really use: role-env-NN, Kubernetes pools, Korean service names. */
const ROLES = [
  'web',
  'api',
  'was',
  'db',
  'redis',
  'kafka',
  'es',
  'batch',
  'jenkins',
  'nginx',
  'mq',
  'gitlab',
];
const ENVS = ['prod', 'stg', 'dev'];
const K8S_POOLS = ['k8s-prod-node', 'k8s-dev-node', 'k8s-ml-gpu'];
const KOREAN_SERVICES = ['결제', '정산', '주문', '회원', '배송', '검색', '추천', '로그'];
const KOREAN_ROLES = ['db', 'api', 'web', 'batch'];

const pickServerStyle = weightedPicker([
  ['role-env', 5],
  ['role', 2],
  ['k8s', 2],
  ['korean', 2],
] as const);

/** Prefixes are counted so every server name is unique, like a tidy account. */
export function createServerNamer(rng: Rng): () => string {
  const counters = new Map<string, number>();
  return () => {
    const style = pickServerStyle(rng);
    let prefix: string;
    if (style === 'role-env') prefix = `${pick(rng, ROLES)}-${pick(rng, ENVS)}`;
    else if (style === 'role') prefix = pick(rng, ROLES);
    else if (style === 'k8s') prefix = pick(rng, K8S_POOLS);
    else prefix = `${pick(rng, KOREAN_SERVICES)}-${pick(rng, KOREAN_ROLES)}`;
    const next = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, next);
    return `${prefix}-${pad(next)}`;
  };
}

const pickBootSuffix = weightedPicker([
  ['-boot', 4],
  ['-os', 2],
  ['-root', 1],
  ['', 2],
]);

export function bootVolumeName(rng: Rng, server: string): string {
  return server + pickBootSuffix(rng);
}

/** A boot volume whose server is gone or not yet built: named after a server that is not listed. */
export function orphanBootName(rng: Rng): string {
  return `${pick(rng, ROLES)}-${pick(rng, ENVS)}-${pad(int(rng, 1, 40))}${pick(rng, ['-boot', '-os', '-root'])}`;
}

const DATA_SUFFIXES = ['data', 'data-02', 'wal', 'log', 'backup', 'pgdata', 'docker', '데이터', '로그'];

export function dataVolumeName(rng: Rng, server: string): string {
  return `${server}-${pick(rng, DATA_SUFFIXES)}`;
}

export function sharedVolumeName(rng: Rng): string {
  if (chance(rng, 0.25)) return `공유-스토리지-${pad(int(rng, 1, 20))}`;
  return `shared-${pick(rng, ['nfs', 'ocfs2', 'quorum', 'cluster', 'gfs2'])}-${pad(int(rng, 1, 20))}`;
}

const pickLooseStyle = weightedPicker([
  ['leftover', 6],
  ['role-env', 4],
  ['backup', 2],
  ['restore-test', 1],
  ['snapshot-restore', 1],
  ['vol-hex', 2],
  ['scratch', 1],
  ['migration', 1],
  ['korean', 3],
  ['korean-purpose', 2],
  ['null', 0.6],
  ['empty', 0.4],
] as const);

/** Unattached volumes: leftovers, backups, restores, scratch space, and a few unnamed ones. */
export function looseVolumeName(rng: Rng, createdAt: number): string | null {
  switch (pickLooseStyle(rng)) {
    case 'leftover':
      return `${pick(rng, ROLES)}-${pad(int(rng, 1, 40))}-data`;
    case 'role-env':
      return `${pick(rng, ROLES)}-${pick(rng, ENVS)}-${pick(rng, ['wal', 'log', 'data'])}`;
    case 'backup':
      return `backup-${day(createdAt).slice(0, 6)}`;
    case 'restore-test':
      return `restore-test-${pad(int(rng, 1, 30))}`;
    case 'snapshot-restore':
      return `snapshot-restore-${day(createdAt)}`;
    case 'vol-hex':
      return `vol-${hex(rng, 8)}`;
    case 'scratch':
      return `scratch-${pad(int(rng, 1, 20))}`;
    case 'migration':
      return `migration-${pick(rng, ['oracle', 'mysql', 'nas', 'legacy'])}-${pad(int(rng, 1, 9))}`;
    case 'korean':
      return `${pick(rng, KOREAN_SERVICES)}-${pick(rng, KOREAN_ROLES)}-${pad(int(rng, 1, 12))}`;
    case 'korean-purpose':
      return `${pick(rng, ['로그-보관', '테스트-볼륨', '임시-백업'])}-${pad(int(rng, 1, 20))}`;
    case 'null':
      return null;
    case 'empty':
      return '';
  }
}

function day(time: number): string {
  return new Date(time).toISOString().slice(0, 10).replaceAll('-', '');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
