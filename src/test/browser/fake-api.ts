import { http, HttpResponse, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import type { Server, Volume } from '../../scp/volume-schema.ts';
import { isStateGroup, STATE_GROUPS } from '../../scp/volume-states.ts';
import { INVENTORY, inventoryOffHandler } from './fake-inventory.ts';

/** Under jsdom the ky client resolves /api/ against document.baseURI (http://localhost:3000/). */
export const API = 'http://localhost:3000/api/v1';

/** What `/api/status` answers: a proxy listing these regions (the first is the default). */
export function statusBody(regions: readonly string[] = ['kr-west1']) {
  return {
    mode: 'simulator',
    endpointHost: 'localhost',
    region: regions[0] ?? null,
    regions,
    env: 'e',
    apiVersion: '1.3',
  };
}

/** One region unless a test says otherwise: the full reads plan their requests by it. */
export function statusHandler(regions: readonly string[] = ['kr-west1']) {
  return http.get('http://localhost:3000/api/status', () => HttpResponse.json(statusBody(regions)));
}

/**
 * The inventory, off unless a test serves it, as the real server answers with SCP_INVENTORY=off:
 * its status says so (200, `enabled: false`), and every other inventory route answers 503.
 */
function inventoryDisabledHandler() {
  return http.all(`${INVENTORY}/*`, () =>
    HttpResponse.json(
      {
        inventory_error: {
          status: 503,
          code: 'InventoryDisabled',
          message: 'The inventory is off (SCP_INVENTORY=off).',
        },
      },
      { status: 503 },
    ),
  );
}

export const server = setupServer(statusHandler(), inventoryOffHandler(), inventoryDisabledHandler());

/** `/api/status` naming these regions, for the rest of the test. */
export function serveStatus(regions: readonly string[] = ['kr-west1']) {
  server.use(statusHandler(regions));
}

/** Every ListVolumes request the page made, as URLSearchParams. */
export const requests: URLSearchParams[] = [];

function compare(a: Volume, b: Volume, key: string): number {
  const x = a[key];
  const y = b[key];
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x ?? '').localeCompare(String(y ?? ''));
}

/** Whether a volume is in the `state_group` asked for (the proxy's merge of one list per state). */
function inGroup(volume: Volume, group: string | null): boolean {
  if (group === null) return true;
  return isStateGroup(group) && (STATE_GROUPS[group] as readonly string[]).includes(volume.state);
}

/** One ListVolumes answer over `all`: exact name, state, state_group, bootable, sort, offset/limit or marker, count. */
function listAnswer(all: readonly Volume[], query: URLSearchParams) {
  let rows = all.filter(
    (volume) =>
      (!query.has('name') || volume.name === query.get('name')) &&
      (!query.has('state') || volume.state === query.get('state')) &&
      inGroup(volume, query.get('state_group')) &&
      (!query.has('bootable') || String(volume.bootable) === query.get('bootable')),
  );
  const sort = query.get('sort');
  if (sort) {
    const keys = sort.split(',').map((part) => part.split(':') as [string, string?]);
    rows = [...rows].sort((a, b) => {
      for (const [key, direction] of keys) {
        const order = compare(a, b, key) * (direction === 'desc' ? -1 : 1);
        if (order !== 0) return order;
      }
      return 0;
    });
  }
  const marker = query.get('marker');
  const offset = marker
    ? rows.findIndex((volume) => volume.id === marker) + 1
    : Number(query.get('offset') ?? 0);
  const limit = Number(query.get('limit') ?? 20);
  return { count: rows.length, volumes: rows.slice(offset, offset + limit) };
}

/** A small in-memory ListVolumes of one region (any `region` asked is answered alike). */
export function serveVolumes(all: Volume[]) {
  server.use(
    http.get(`${API}/volumes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      return HttpResponse.json(listAnswer(all, query));
    }),
  );
}

/** SCP's error envelope, as a failing region answers (500, ContactAdminForAssistance). */
export function regionDown(region: string) {
  return {
    region,
    status: 500,
    code: 'ContactAdminForAssistance',
    message: `${region} is down`,
    requestId: `req-${region}`,
  };
}

/**
 * The proxy over several regions: `region=R` is R's own list (its volumes untagged, as SCP sends
 * them), no region the all-regions list (tagged; `count` the sum). A region in `failing` answers
 * 500 on its own, and is left out of the all-regions list and named in its `failures`.
 */
export function serveRegions(byRegion: Record<string, Volume[]>, failing: readonly string[] = []) {
  const regions = Object.keys(byRegion);
  server.use(
    http.get('http://localhost:3000/api/status', () => HttpResponse.json(statusBody(regions))),
    http.get(`${API}/volumes`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      requests.push(query);
      const region = query.get('region');
      if (region !== null) {
        if (failing.includes(region)) {
          const down = regionDown(region);
          return HttpResponse.json(
            { errors: [{ code: down.code, detail: down.message, status: 500, request_id: down.requestId }] },
            { status: 500 },
          );
        }
        return HttpResponse.json(listAnswer(byRegion[region] ?? [], query));
      }
      const answering = regions.filter((name) => !failing.includes(name));
      const tagged = answering.flatMap((name) =>
        (byRegion[name] ?? []).map((volume) => ({ ...volume, region: name })),
      );
      const failures = failing.filter((name) => regions.includes(name)).map(regionDown);
      return HttpResponse.json({
        ...listAnswer(tagged, query),
        ...(failures.length > 0 ? { failures } : {}),
      });
    }),
  );
}

export function failVolumes(status: number, body: JsonBodyType, headers: Record<string, string> = {}) {
  server.use(http.get(`${API}/volumes`, () => HttpResponse.json(body, { status, headers })));
}

/** Every ShowServer request, by server id, in the order made. */
export const serverRequests: string[] = [];
/** The `region` each ShowServer request named (null: none), in the order of serverRequests. */
export const serverRequestRegions: (string | null)[] = [];

/**
 * ShowServer answering a name, or the given HTTP status (404, 500…) for a failed lookup.
 * `gate`, when given, holds every answer until it resolves; `inFlight` tracks the peak.
 */
export function serveServerNames(
  servers: Record<string, string | number>,
  gate?: Promise<void>,
): { peak: () => number } {
  let current = 0;
  let peak = 0;
  server.use(
    http.get(`${API}/servers/:id`, async ({ params, request }) => {
      const id = String(params.id);
      serverRequests.push(id);
      serverRequestRegions.push(new URL(request.url).searchParams.get('region'));
      current += 1;
      peak = Math.max(peak, current);
      await gate;
      current -= 1;
      const found = servers[id] ?? 404;
      if (typeof found === 'string') return HttpResponse.json({ id, name: found, state: 'ACTIVE' });
      return HttpResponse.json(
        { errors: [{ code: 'Failed', detail: 'no', status: found, request_id: 'req-s' }] },
        { status: found },
      );
    }),
  );
  return { peak: () => peak };
}

/** ShowVolume for one volume. */
export function serveVolume(volume: Volume) {
  server.use(http.get(`${API}/volumes/${volume.id}`, () => HttpResponse.json(volume)));
}

export function serveServers(servers: Record<string, Server | number>) {
  server.use(
    http.get(`${API}/servers/:id`, ({ params }) => {
      const found = servers[String(params.id)];
      if (found === undefined || typeof found === 'number') {
        const status = typeof found === 'number' ? found : 404;
        return HttpResponse.json(
          {
            errors: [
              {
                code: status === 404 ? 'NotFound' : 'ContactAdminForAssistance',
                detail: 'no',
                status,
                request_id: 'req-s',
              },
            ],
          },
          { status },
        );
      }
      return HttpResponse.json(found);
    }),
  );
}

/** The gateway refusing the request's signature (401) in SCP's words, with the proxy's request id. */
export function failSignature(message: string) {
  failVolumes(
    401,
    { status: 'UNAUTHORIZED', name: 'Request was rejected by gateway', message },
    { 'X-Request-Id': 'px-401' },
  );
}

/** A service error body as SCP sends it. */
function scpError(status: number) {
  return HttpResponse.json(
    { errors: [{ code: 'ContactAdminForAssistance', detail: 'Try later.', status, request_id: 'req-x' }] },
    { status },
  );
}

/** Every ListSnapshots request, as URLSearchParams. */
export const snapshotRequests: URLSearchParams[] = [];

/**
 * ListSnapshots over these snapshots (newest first as given): volume_id, marker, limit and
 * with_count, as the proxy forwards them; a number answers that HTTP status instead.
 */
export function serveSnapshots(all: readonly Record<string, unknown>[] | number) {
  server.use(
    http.get(`${API}/snapshots`, ({ request }) => {
      const query = new URL(request.url).searchParams;
      snapshotRequests.push(query);
      if (typeof all === 'number') return scpError(all);
      const rows = all.filter((item) => !query.has('volume_id') || item.volume_id === query.get('volume_id'));
      const marker = query.get('marker');
      const start = marker ? rows.findIndex((item) => item.id === marker) + 1 : 0;
      const page = rows.slice(start, start + Number(query.get('limit') ?? 1000));
      return HttpResponse.json(
        query.get('with_count') === 'true' ? { count: rows.length, snapshots: page } : { snapshots: page },
      );
    }),
  );
}

/** ShowVolumeQuotaSet per region (`?region=`): a body, or an HTTP status for a failing region. */
export function serveQuotas(byRegion: Record<string, unknown>) {
  server.use(
    http.get(`${API}/volumes/quota-sets`, ({ request }) => {
      const answer = byRegion[new URL(request.url).searchParams.get('region') ?? ''];
      if (answer === undefined || typeof answer === 'number') return scpError(Number(answer ?? 404));
      return HttpResponse.json(answer as JsonBodyType);
    }),
  );
}

/** Every ListVolumeTypes request's region. */
export const volumeTypeRequests: (string | null)[] = [];

/** ListVolumeTypes, the same types in every region; a number answers that HTTP status instead. */
export function serveVolumeTypes(types: readonly Record<string, unknown>[] | number) {
  server.use(
    http.get(`${API}/volume-types`, ({ request }) => {
      volumeTypeRequests.push(new URL(request.url).searchParams.get('region'));
      if (typeof types === 'number') return scpError(types);
      return HttpResponse.json({ volume_types: types });
    }),
  );
}

/** Every ListServers request, as URLSearchParams. */
export const serverListRequests: URLSearchParams[] = [];

/**
 * ListServers over these servers (id → name), marker-paged like SCP's: `limit` (default 20),
 * `marker`, no count. `region`, when the test names the servers' regions, keeps each to its own.
 */
export function serveServerList(
  servers: Record<string, string>,
  { regionOf, gate }: { regionOf?: (id: string) => string; gate?: Promise<void> } = {},
) {
  server.use(
    http.get(`${API}/servers`, async ({ request }) => {
      await gate;
      const query = new URL(request.url).searchParams;
      serverListRequests.push(query);
      const region = query.get('region');
      const all = Object.entries(servers)
        .filter(([id]) => !regionOf || region === null || regionOf(id) === region)
        .map(([id, name]) => ({ id, name, state: 'ACTIVE' }));
      const marker = query.get('marker');
      const start = marker ? all.findIndex((item) => item.id === marker) + 1 : 0;
      return HttpResponse.json({ servers: all.slice(start, start + Number(query.get('limit') ?? 20)) });
    }),
  );
}
