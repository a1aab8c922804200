import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseApiVersion } from './api-version.ts';
import { header, rejectUnsigned } from './auth.ts';
import { Churn } from './churn.ts';
import { ENDPOINT_HANDLERS } from './endpoint-handlers.ts';
import { languageOf, serviceText, type Text } from './messages.ts';
import type { SimulatorOptions } from './options.ts';
import { hex, uuid } from './random.ts';
import {
  sendGatewayRejection,
  sendJson,
  sendServiceError,
  sendSpringNotFound,
  type RequestIds,
} from './responses.ts';
import { matchRoute } from './routes.ts';
import { VolumeStore } from './store.ts';

/** `region` and `epoch` may be left out (tests): the default region, the start time. */
export type SimulatorSettings = Omit<SimulatorOptions, 'host' | 'port' | 'region' | 'epoch'> &
  Partial<Pick<SimulatorOptions, 'region' | 'epoch'>>;

/** Everything time- or chance-dependent, injectable so tests are deterministic. */
export interface SimulatorDeps {
  now: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

const defaultDeps: SimulatorDeps = {
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** The SCP API in-process: `handle` is a plain Node request handler, knowing nothing of Vite. */
export class Simulator {
  readonly store: VolumeStore;
  private readonly deps: SimulatorDeps;
  private readonly churn: Churn | null;
  private requestCount = 0;

  constructor(
    private readonly settings: SimulatorSettings,
    deps: Partial<SimulatorDeps> = {},
  ) {
    this.deps = { ...defaultDeps, ...deps };
    // The data is dated back from the start (or a pinned epoch), so it reads like a live account
    // on any day; the same seed and start (or epoch) give the same account (tests inject `now`).
    const start = this.deps.now();
    this.store = VolumeStore.generate({
      seed: settings.seed,
      volumeCount: settings.volumeCount,
      referenceTime: settings.epoch ?? start,
      region: settings.region,
    });
    this.churn = settings.churn ? new Churn(this.store, settings.seed, start) : null;
  }

  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    this.respond(req, res).catch(() => {
      if (res.headersSent) res.destroy();
      else
        sendServiceError(
          res,
          500,
          'ContactAdminForAssistance',
          serviceText.contactAdmin.en,
          this.requestIds(),
        );
    });
  };

  private async respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrivedAt = this.deps.now();
    const language = languageOf(header(req, 'accept-language'));
    const ids = this.requestIds();
    const fail = (status: number, code: string, text: Text, headers?: Record<string, string>) =>
      sendServiceError(res, status, code, text[language], ids, headers);

    const { latencyMs, failRate } = this.settings;
    if (latencyMs > 0) await this.deps.sleep(Math.round(latencyMs * (0.75 + 0.5 * this.deps.random())));
    this.churn?.advance(this.deps.now());

    const method = req.method ?? 'GET';
    // The query is everything after the first '?': a later '?' is part of a value (RFC 3986).
    const target = req.url ?? '/';
    const queryStart = target.indexOf('?');
    const path = queryStart === -1 ? target : target.slice(0, queryStart);
    const query = queryStart === -1 ? '' : target.slice(queryStart + 1);
    if (path === '/' && method === 'GET') return sendJson(res, 200, versionsBody(header(req, 'host')));

    const rejection = rejectUnsigned(req, this.settings, arrivedAt);
    if (rejection) return sendGatewayRejection(res, rejection[language]);
    if (failRate > 0 && this.deps.random() < failRate)
      return fail(500, 'ContactAdminForAssistance', serviceText.contactAdmin);

    const route = matchRoute(path);
    if (!route)
      return sendSpringNotFound(res, path, arrivedAt, `${hex(this.deps.random, 8)}-${this.requestCount}`);
    if (method !== 'GET')
      return fail(405, 'MethodNotAllowed', serviceText.methodNotAllowed(method), { Allow: 'GET' });
    const versionHeader = header(req, 'scp-api-version');
    const version = parseApiVersion(versionHeader);
    if (!version) return fail(400, 'ValidationError', serviceText.badVersion(versionHeader ?? ''));

    if (route.kind === 'versions') return sendJson(res, 200, versionsBody(header(req, 'host')));
    const answer = ENDPOINT_HANDLERS[route.name](this.store, {
      id: route.id,
      query: new URLSearchParams(query),
      version,
    });
    if (answer === null) return fail(404, 'NotFound', serviceText.notFound(route.resource, route.id));
    if (!answer.ok) return fail(400, 'ValidationError', answer.error);
    return sendJson(res, 200, answer.body);
  }

  private requestIds(): RequestIds {
    this.requestCount++;
    return { requestId: `req-${uuid(this.deps.random)}`, globalRequestId: `req-${uuid(this.deps.random)}` };
  }
}

function versionsBody(host: string | undefined) {
  return {
    versions: [{ id: 'v1.0', status: 'CURRENT', links: [{ href: `http://${host ?? ''}/v1/`, rel: 'self' }] }],
  };
}
