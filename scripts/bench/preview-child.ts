// `vite preview` of the built app (what users run), with the project's signing proxy pointed at
// the bench's simulator, plus the floor page. Own process: see child-process.ts.
import { preview } from 'vite';
import { runChild } from './child-process.ts';
import { floorPagePlugin } from './floor-page.ts';

export interface PreviewInput {
  outDir: string;
  upstream: { url: string; accessKey: string; secretKey: string };
}

export interface PreviewInfo {
  url: string;
}

await runChild<PreviewInput, PreviewInfo>(async ({ outDir, upstream }) => {
  // The proxy plugin reads process.env (over .env files) when the config resolves: keys plus an
  // endpoint make it sign for that endpoint instead of starting a simulator of its own.
  process.env.SCP_ENDPOINT = upstream.url;
  process.env.SCP_ACCESS_KEY = upstream.accessKey;
  process.env.SCP_SECRET_KEY = upstream.secretKey;
  const server = await preview({
    // Per-request log lines would measure the terminal, not the proxy.
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, strictPort: false, open: false },
    plugins: [floorPagePlugin()],
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview reported no local URL');
  return { info: { url: url.replace(/\/$/, '') }, close: () => server.close() };
});
