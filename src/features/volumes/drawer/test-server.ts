import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Server, Volume } from '../../../scp/volume-schema.ts';

/** Under jsdom the ky client resolves /api/ against document.baseURI (http://localhost:3000/). */
export const API = 'http://localhost:3000/api/v1';

export const server = setupServer();

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
