import { expect, test } from '@playwright/test';
import { SERVERS } from './support/servers.ts';

// These journeys use the failure servers by absolute URL, so they need no project of their
// own; once (under `dev`) is enough, they do not depend on the dev/preview build.
const onlyOnce = () =>
  test.skip(test.info().project.name !== 'dev', 'the failure servers are the same for every project');
test.describe.configure({ timeout: 60_000 });

test('an upstream failure shows status, SCP code, message and request id, with Retry', async ({ page }) => {
  onlyOnce();
  await page.goto(SERVERS.failing);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load volumes' });
  // TanStack Query retries a 500 twice (about 3 s) before giving up.
  await expect(alert).toContainText('500', { timeout: 20_000 });
  await expect(alert).toContainText('ContactAdminForAssistance');
  await expect(alert).toContainText('Request ID');
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
  // No volumes were ever loaded: no empty-account message pretending there are none.
  await expect(page.getByText('No volumes yet')).toHaveCount(0);
});

test('wrong keys (401) explain the likely causes and where to set the keys', async ({ page }) => {
  onlyOnce();
  await page.goto(SERVERS.wrongKeys);
  const alert = page.getByRole('alert').filter({ hasText: 'Could not load volumes' });
  await expect(alert).toContainText('401', { timeout: 20_000 });
  await expect(alert).toContainText('clock');
  await expect(alert).toContainText('region or environment');
  await expect(alert.getByText('.env.local')).toBeVisible();
  for (const name of ['SCP_ACCESS_KEY', 'SCP_SECRET_KEY', 'SCP_REGION', 'SCP_ENV']) {
    await expect(alert.getByText(name, { exact: true })).toBeVisible();
  }
  await expect(alert).toContainText('Request ID');
});

test('the badge says what the proxy is connected to', async ({ page }) => {
  await page.goto(SERVERS.dev);
  await expect(page.getByRole('banner')).toContainText('Simulator');
});
