import { expect, FAILING_UPSTREAM, test } from './support/fixtures.ts';
import { SERVERS } from './support/servers.ts';
import { FIRST_LOAD_MS } from './support/volumes-page.ts';

test.use({ expectedConsoleErrors: [FAILING_UPSTREAM] });

test('an upstream failure shows status, SCP code, message and request id, with Retry', async ({ page }) => {
  await page.goto(SERVERS.failing);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load volumes' });
  // TanStack Query retries a 500 twice (about 3 s) before giving up: the first-load allowance.
  await expect(alert).toContainText('500', { timeout: FIRST_LOAD_MS });
  await expect(alert).toContainText('ContactAdminForAssistance');
  await expect(alert).toContainText('Request ID');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // No volumes were ever loaded: no empty-account message pretending there are none.
  await expect(page.getByText('No volumes yet')).toHaveCount(0);
});

test('wrong keys (401) explain the likely causes and where to set the keys', async ({ page }) => {
  await page.goto(SERVERS.wrongKeys);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load volumes' });
  await expect(alert).toContainText('401', { timeout: FIRST_LOAD_MS });
  await expect(alert).toContainText('clock');
  await expect(alert).toContainText('region or environment');
  await expect(alert.getByText('.env.local')).toBeVisible();
  for (const name of ['SCP_ACCESS_KEY', 'SCP_SECRET_KEY', 'SCP_REGION', 'SCP_ENV']) {
    await expect(alert.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(alert).toContainText('Request ID');
});
