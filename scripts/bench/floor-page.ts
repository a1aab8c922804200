import type { Plugin } from 'vite';

export const FLOOR_PATH = '/__bench/floor.html';

/**
 * The floor for time-to-first-table: the same request through the same proxy, rendered with
 * plain DOM calls and no framework, CSS or bundle. `?api=` carries the exact URL the app asked
 * for, so both pages fetch the same 20 volumes.
 */
const FLOOR_HTML = `<!doctype html>
<html lang="en"><head><meta charset="UTF-8"><title>Floor</title></head>
<body><h1>SCP Volumes</h1>
<script>
  const api = new URLSearchParams(location.search).get('api') || '/api/v1/volumes?limit=20&with_count=true';
  fetch(api, { headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((body) => {
      const columns = ['name', 'id', 'state', 'size', 'volume_type', 'bootable', 'created_at'];
      const table = document.createElement('table');
      table.setAttribute('aria-label', 'Volumes');
      const head = table.createTHead().insertRow();
      for (const c of columns) head.appendChild(document.createElement('th')).textContent = c;
      const tbody = table.createTBody();
      for (const v of body.volumes) {
        const row = tbody.insertRow();
        // The same row marker as the app's rows, so one probe times both pages.
        row.dataset.rowId = v.id;
        for (const c of columns) row.insertCell().textContent = String(v[c] ?? '');
      }
      document.body.appendChild(table);
    });
</script></body></html>`;

/** Bench-only: mounted on the preview server by scripts/bench/preview-child.ts, never shipped. */
export function floorPagePlugin(): Plugin {
  return {
    name: 'bench-floor-page',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== FLOOR_PATH) return next();
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-store');
        res.end(FLOOR_HTML);
      });
    },
  };
}
