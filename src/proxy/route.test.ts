import { describe, expect, it } from 'vitest';
import { crossSiteRefusal, isProxyPath, MAX_QUERY_LENGTH, type Route, routeRequest } from './route.ts';

function forwarded(rawUrl: string): string {
  const route = routeRequest('GET', rawUrl);
  if (route.kind !== 'forward')
    throw new Error(`expected a forward for ${rawUrl}, got ${JSON.stringify(route)}`);
  return route.upstreamPath;
}

function rejection(rawUrl: string, method = 'GET'): string {
  const route: Route = routeRequest(method, rawUrl);
  return route.kind === 'reject' ? route.code : `not rejected: ${route.kind}`;
}

describe('isProxyPath', () => {
  it.each(['/api', '/api/', '/api?x', '/api/v1/volumes', '/api/anything'])('claims %s', (url) => {
    expect(isProxyPath(url)).toBe(true);
  });
  it.each(['/', '/apiary', '/src/api.ts', '/API/status', '//api/status', undefined])(
    'leaves %s to Vite',
    (url) => {
      expect(isProxyPath(url)).toBe(false);
    },
  );
});

describe('routeRequest', () => {
  it('answers /api/status itself', () => {
    expect(routeRequest('GET', '/api/status')).toEqual({ kind: 'status' });
    expect(routeRequest('GET', '/api/status?_=1')).toEqual({ kind: 'status' });
  });

  // What reaches SCP for what the browser asked: each endpoint's documented parameters only, in
  // its fixed order (src/scp/endpoints.ts), none to a detail; undocumented and empty ones dropped;
  // the query encoded once (":" and "," escaped, spaces as %20, non-ASCII as UTF-8).
  it.each([
    ['/api/v1/volumes', '/v1/volumes'],
    ['/api/v1/volumes?', '/v1/volumes'],
    [
      '/api/v1/volumes?bootable=true&state=available&name=x&offset=40&sort=name&marker=m&limit=20&with_count=true',
      '/v1/volumes?with_count=true&limit=20&marker=m&sort=name&offset=40&name=x&state=available&bootable=true',
    ],
    ['/api/v1/servers', '/v1/servers'],
    [
      '/api/v1/servers?sort=name:asc&marker=m&limit=1000&offset=5&state=ACTIVE&name=web&vpc_id=v&ip=10.0.0.1',
      '/v1/servers?name=web&ip=10.0.0.1&state=ACTIVE&vpc_id=v&limit=1000&marker=m&sort=name%3Aasc',
    ],
    ['/api/v1/snapshots', '/v1/snapshots'],
    [
      '/api/v1/snapshots?name=daily&with_count=true&marker=m&offset=20&limit=10&volume_id=v-1&sort=name&status=error&region=kr-west1',
      '/v1/snapshots?volume_id=v-1&limit=10&offset=20&marker=m&with_count=true&name=daily',
    ],
    [
      '/api/v1/volume-types?sort=name:asc&limit=5&offset=1&marker=t&name=SSD',
      '/v1/volume-types?limit=5&offset=1&marker=t&sort=name%3Aasc',
    ],
    ['/api/v1/volumes/quota-sets?usage=true&limit=1&region=kr-west1', '/v1/volumes/quota-sets'],
    ['/api/v1/volume-types/default?limit=1', '/v1/volume-types/default'],
    [
      '/api/v1/volumes/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b?limit=1',
      '/v1/volumes/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b',
    ],
    ['/api/v1/servers/srv-01', '/v1/servers/srv-01'],
    ['/api/v1/volumes?limit=2&foo=bar&_=123&Limit=9&name=', '/v1/volumes?limit=2'],
    [
      '/api/v1/volumes?sort=created_at:desc,name:asc&limit=50',
      '/v1/volumes?limit=50&sort=created_at%3Adesc%2Cname%3Aasc',
    ],
    [
      '/api/v1/volumes?name=%EB%B3%BC%EB%A5%A8+data%201&state=in-use',
      '/v1/volumes?name=%EB%B3%BC%EB%A5%A8%20data%201&state=in-use',
    ],
    ['/api/v1/volumes?name=a%2Bb%26c%3Dd', '/v1/volumes?name=a%2Bb%26c%3Dd'],
  ])('forwards %s as %s', (url, upstreamPath) => {
    expect(forwarded(url)).toBe(upstreamPath);
  });

  it('hands on the same parameters decoded, in the same order, for a merge to read', () => {
    const route = routeRequest(
      'GET',
      '/api/v1/volumes?state=in-use&name=a%20b&limit=5&x=1&region=all&bootable=',
    );
    if (route.kind !== 'forward') throw new Error(route.kind);
    expect([...route.query]).toEqual([
      ['limit', '5'],
      ['name', 'a b'],
      ['state', 'in-use'],
    ]);
    expect(route.upstreamPath).toBe('/v1/volumes?limit=5&name=a%20b&state=in-use');
    expect(route.proxyParams).toEqual({ region: 'all' });
  });

  it('routes the literal paths before the {id} paths they look like, and an id that merely resembles them', () => {
    for (const [url, endpoint] of [
      ['/api/v1/volumes/quota-sets', 'showVolumeQuotaSet'],
      ['/api/v1/volumes/quota-sets-1', 'showVolume'],
      ['/api/v1/volume-types/default', 'showDefaultVolumeType'],
      ['/api/v1/volume-types/defaults', 'showVolumeType'],
      ['/api/v1/snapshots/3f2a9c1e-0b7d-4e21-9a55-0c1d2e3f4a5b', 'showSnapshot'],
    ] as const) {
      expect(routeRequest('GET', `${url}?limit=1`), url).toMatchObject({
        kind: 'forward',
        endpoint,
        upstreamPath: url.slice(4),
      });
    }
  });

  it('refuses a repeated documented parameter rather than guessing which one was meant', () => {
    const route = routeRequest('GET', '/api/v1/volumes?limit=2&limit=1000');
    expect(route).toEqual({
      kind: 'reject',
      code: 'BadRequest',
      message: 'The parameter "limit" is given more than once.',
    });
    expect(forwarded('/api/v1/volumes?x=1&x=2&limit=2')).toBe('/v1/volumes?limit=2');
  });

  it.each([
    '/api',
    '/api/',
    '/api/v1',
    '/api/v1/volumes/',
    '/api/v1/volumes/abc/',
    '/api/v1/volumes/abc/attachments',
    '/api/v1/volumes//abc',
    '/api//v1/volumes',
    '/api/v1//volumes',
    '/api/v1/volumes/../servers/x',
    '/api/v1/volumes/%2e%2e/x',
    '/api/v1/%76olumes',
    '/api/v1/volumes;x',
    '/api/v1/backups',
    '/api/v1/snapshots/',
    '/api/v1/volume-types/default/x',
    '/api/v1/volumes/quota-sets/',
    '/api/v1/servers/',
    '/api/v2/volumes',
    '/api/status/',
    '/api/v1/volumes%3Fx',
    '/api/v1/volumes%2fabc',
  ])('answers 404 for %s', (url) => {
    expect(rejection(url)).toBe('NotFound');
  });

  it.each([
    '/api/v1/volumes/..',
    '/api/v1/volumes/.',
    '/api/v1/volumes/%2e%2e',
    '/api/v1/volumes/abc%2fdef',
    '/api/v1/volumes/abc%00',
    '/api/v1/volumes/abc_def',
    '/api/v1/servers/abc.def',
    '/api/v1/snapshots/abc_def',
    '/api/v1/snapshots/..',
    '/api/v1/volume-types/%2e%2e',
    '/api/v1/volume-types/a.b',
    `/api/v1/snapshots/${'a'.repeat(129)}`,
    `/api/v1/volumes/${'a'.repeat(129)}`,
  ])('refuses the malformed id in %s with 400', (url) => {
    expect(rejection(url)).toBe('BadRequest');
  });

  it('accepts an id of the maximum length', () => {
    expect(forwarded(`/api/v1/volumes/${'a'.repeat(128)}`)).toBe(`/v1/volumes/${'a'.repeat(128)}`);
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'get'])(
    'answers 405 to %s on a known path',
    (method) => {
      expect(rejection('/api/v1/volumes', method)).toBe('MethodNotAllowed');
      expect(rejection('/api/status', method)).toBe('MethodNotAllowed');
    },
  );

  it('answers 404, not 405, to another method on an unknown path', () => {
    expect(rejection('/api/v1/other', 'DELETE')).toBe('NotFound');
  });

  it.each(['%0d%0aX-Injected:%201', '%00', '%7f', '%c2%85', '%09'])(
    'refuses the control character %s in a value',
    (raw) => {
      expect(rejection(`/api/v1/volumes?name=a${raw}`)).toBe('BadRequest');
    },
  );

  it('refuses control characters even in parameters it would drop', () => {
    expect(rejection('/api/v1/volumes?junk%0a=1')).toBe('BadRequest');
  });

  it('refuses a malformed %-escape', () => {
    expect(rejection('/api/v1/volumes?name=%E0%A4%A')).toBe('BadRequest');
    expect(rejection('/api/v1/volumes?name=%zz')).toBe('BadRequest');
    // UTF-8 for a lone surrogate, and the lone surrogate itself (which encodeURIComponent throws on).
    expect(rejection('/api/v1/volumes?name=%ED%A0%80')).toBe('BadRequest');
    expect(rejection('/api/v1/volumes?name=\ud800')).toBe('BadRequest');
  });

  it(`refuses a query longer than ${MAX_QUERY_LENGTH} characters`, () => {
    const name = 'a'.repeat(MAX_QUERY_LENGTH - 'name='.length);
    expect(forwarded(`/api/v1/volumes?name=${name}`)).toBe(`/v1/volumes?name=${name}`);
    expect(rejection(`/api/v1/volumes?name=${name}b`)).toBe('BadRequest');
  });
});

describe('crossSiteRefusal', () => {
  it.each(['cross-site', 'same-site', ['cross-site', 'same-origin']])('refuses %s with 400', (site) => {
    expect(crossSiteRefusal(site)).toMatchObject({ kind: 'reject', code: 'BadRequest' });
  });
  it.each(['same-origin', 'none', undefined, 'something-new'])('lets %s through', (site) => {
    expect(crossSiteRefusal(site)).toBeNull();
  });
});
