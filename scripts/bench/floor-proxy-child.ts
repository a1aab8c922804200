// The proxy's floor: the least a Node proxy does for one request (node:http server, one
// keep-alive agent, the request signed as the proxy signs it, the answer read whole and
// relayed), with none of the rest (routing and the allowlist, coalescing, timeouts, key
// redaction, safety headers, logging, metrics). Measured beside the real one under the same
// load, it says how much of the proxy's cost is Node's HTTP and the machine's sockets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { runChild } from './child-process.ts';
import { signedUpstreamHeaders, type Upstream } from './proxy-overhead.ts';

export interface FloorProxyInfo {
  url: string;
}

await runChild<{ upstream: Upstream }, FloorProxyInfo>(async ({ upstream }) => {
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const url = `${upstream.url}${(req.url ?? '/').slice('/api'.length)}`;
    const out = http.request(url, { agent, headers: signedUpstreamHeaders(upstream, url) }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        res.writeHead(answer.statusCode ?? 502, {
          'Content-Type': answer.headers['content-type'] ?? 'application/octet-stream',
          'Content-Length': body.byteLength,
        });
        res.end(body);
      });
    });
    out.on('error', () => res.writeHead(502).end());
    out.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    info: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
    close: async () => {
      server.close();
      server.closeAllConnections();
      agent.destroy();
    },
  };
});
