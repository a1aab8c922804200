import ky from 'ky';

/**
 * The one HTTP client. It talks only to the signing proxy under /api/ (same origin, so no
 * CORS and no credentials in the browser). TanStack Query owns retries: ky's are off so a
 * failing upstream is not hit 3 × 2 times.
 */
export const kyClient = ky.create({
  baseUrl: new URL('/api/', document.baseURI).href,
  retry: 0,
  // Above the proxy's own 15 s upstream timeout, so the proxy's clearer 504 arrives first.
  timeout: 20_000,
  hooks: {
    beforeRequest: [
      ({ request }) => {
        // SCP localises its error messages; <html lang> follows the language switch.
        const lang = document.documentElement.lang;
        request.headers.set('Accept-Language', lang.startsWith('ko') ? 'ko-KR' : 'en-US');
      },
    ],
  },
});
