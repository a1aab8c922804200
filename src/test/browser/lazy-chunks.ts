/**
 * The page's chrome (toolbar, pagination, notices) and the response schemas are lazy chunks;
 * the chrome is a lazy chunk requested only once the
 * first rows are on screen. In a test the first import of it also pays for the test runner
 * transforming the chunk and everything it imports, seconds on a busy machine, inside the
 * first test's wait for the toolbar. Loading it before the tests keeps their waits about
 * the page's behaviour.
 */
export async function loadPageChunks(): Promise<void> {
  await Promise.all([
    import('../../features/volumes/page/page-chrome.ts'),
    import('../../features/volumes/api/schemas.ts'),
    // The Attached to cell's server names (their own chunk, loaded with the first attached row).
    import('../../features/volumes/server-names/named-attachments.tsx'),
    // The inventory's trend charts (their own chunk, with the Capacity panel's figures).
    import('../../features/volumes/inventory/capacity-trends.tsx'),
  ]);
}
