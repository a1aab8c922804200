import { seriousViolations, seriousViolationsInBothSchemes } from './support/axe.ts';
import { expect, test } from './support/fixtures.ts';

interface Status {
  collector: { state: string; run_id: number | null };
  history: { simulated: boolean; simulated_until: string | null };
  last_runs: { id: number; status: string; started_at: string }[];
}
interface Change {
  id: number;
  run_id: number;
  volume_id: string;
  kind: string;
  simulated: boolean;
}

test.use({
  expectedConsoleErrors: [
    {
      message:
        /^console\.error: Failed to load resource: the server responded with a status of 404 .* @ http:\/\/localhost:\d+\/api\/v1\/volumes\//,
      why: 'a deleted volume opened from Changes: ShowVolume answers 404, and the drawer shows its history instead',
    },
  ],
});

const DAY = 86_400_000;

/**
 * One journey on the production server with the inventory on (embedded SQLite, a month of
 * simulated history) and the simulator's churn: the simulated past in Changes, a deleted volume
 * opened from it with its history, a run that finds the churn's changes marked new, axe at 1440
 * light and 390 dark, and Korean.
 */
test('Changes lists the history, opens a deleted volume with it, and shows a run’s changes as new', async ({
  page,
  request,
}) => {
  const status = async () => (await (await request.get('/api/inventory/status')).json()) as Status;
  // The first start writes the simulated past, then runs once: wait for that to finish.
  await expect.poll(async () => (await status()).collector.state, { timeout: 90_000 }).toBe('idle');
  const simulatedUntil = Date.parse((await status()).history.simulated_until ?? '');

  // The simulated month, deletions only: each row a volume that no longer exists.
  const from = new Date(Date.now() - 31 * DAY).toISOString();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/?view=changes&kind=deleted&range=custom&from=${encodeURIComponent(from)}`);
  await expect(page.getByRole('heading', { name: 'Changes' })).toBeVisible();
  await expect(page.getByTestId('simulated-history')).toContainText('Simulated history until');
  const deleted = page.getByRole('table').locator('tbody tr');
  await expect(deleted.first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Changes' })).toHaveAttribute('aria-current', 'page');
  expect(await seriousViolationsInBothSchemes(page)).toEqual([]);

  // Its drawer: the live read says 404, the drawer says deleted and shows the history.
  const open = deleted.first().getByRole('button');
  const volumeId = await open.getAttribute('data-volume-id');
  await open.click();
  await expect(page).toHaveURL(new RegExp(`[?&]volume=${volumeId}`));
  const drawer = page.getByRole('dialog');
  await expect(drawer.getByTestId('deleted-volume')).toContainText('Deleted volume');
  const history = drawer.getByRole('region', { name: 'History' });
  await expect(history.getByRole('listitem').first()).toContainText('Deleted');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(open).toBeFocused();

  // A run with churn: churn starts operations every 20 s of the simulator's time, from its start
  // (where the simulated past ends); after that, a run finds volumes changed since the last.
  await expect.poll(() => Date.now() - simulatedUntil, { timeout: 30_000 }).toBeGreaterThan(21_000);
  const started = await request.post('/api/inventory/runs');
  expect(started.status()).toBe(202);
  const { run_id: runId } = (await started.json()) as { run_id: number };
  await expect
    .poll(async () => (await status()).last_runs.find((run) => run.id === runId)?.status, { timeout: 60_000 })
    .toBe('complete');
  const newest = (
    (await (await request.get('/api/inventory/changes?limit=1')).json()) as { changes: Change[] }
  ).changes[0]!;
  expect(newest.run_id).toBe(runId);
  expect(newest.simulated).toBe(false);

  // Changes again (the last hour, every kind): the run's change is there, marked new.
  await page.goto('/?view=changes&range=hour');
  const row = page.locator(`tr[data-change-id="${newest.id}"]`);
  await expect(row).toHaveAttribute('data-new', 'true');
  await expect(page.getByText(/since your last visit/)).toBeVisible();

  // Narrow, light then dark (the theme toggle), then Korean.
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: '한국어' }).click();
  await expect(page.getByRole('heading', { name: '변경 내역' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: '볼륨', exact: true })).toBeVisible();
});
