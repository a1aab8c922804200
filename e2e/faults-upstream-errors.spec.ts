import { expect, FAILING_UPSTREAM, test } from './support/fixtures.ts';
import { gatewayText, serviceText } from '../src/simulator/messages.ts';
import { SERVERS } from './support/servers.ts';
import { FIRST_LOAD_MS } from './support/volumes-page.ts';

const HANGUL = /[\u3131-\uD79D]/;

test.use({ expectedConsoleErrors: [FAILING_UPSTREAM] });

/** What the list's error panel says, in each language the dashboard speaks. */
const LANGUAGES = [
  {
    locale: 'en-US',
    failed: 'Could not load volumes',
    rejected: 'Samsung Cloud Platform rejected the request signature',
    causes: ['a wrong access key or secret key', 'the computer clock is off', 'a wrong region or environment'],
    status: 'Status',
    requestId: 'Request ID',
    retry: 'Retry',
    empty: 'No volumes yet',
    language: 'en' as const,
  },
  {
    locale: 'ko-KR',
    failed: '볼륨을 불러오지 못했습니다',
    rejected: 'Samsung Cloud Platform이 요청 서명을 거부했습니다',
    causes: ['액세스 키 또는 시크릿 키가 잘못됨', '컴퓨터 시계가 맞지 않음', '이 키에 맞지 않는 리전 또는 환경'],
    status: '상태 코드',
    requestId: '요청 ID',
    retry: '다시 시도',
    empty: '아직 볼륨이 없습니다',
    language: 'ko' as const,
  },
];

for (const text of LANGUAGES) {
  test.describe(`in ${text.locale}`, () => {
    test.use({ locale: text.locale });

    test('wrong keys (401): the likely causes, where to set the keys, and the simulator’s own message', async ({
      page,
    }) => {
      await page.goto(SERVERS.wrongKeys);
      await expect(page.locator('html')).toHaveAttribute('lang', text.locale);
      const alert = page.getByRole('alert').filter({ hasText: text.failed });
      await expect(alert).toContainText('401', { timeout: FIRST_LOAD_MS });
      // The full panel (with its advice) is a lazy chunk: it may follow the first notice.
      await expect(alert).toContainText(text.rejected, { timeout: FIRST_LOAD_MS });
      for (const cause of text.causes) await expect(alert).toContainText(cause);
      await expect(alert.getByText('.env.local')).toBeVisible();
      for (const name of ['SCP_ACCESS_KEY', 'SCP_SECRET_KEY', 'SCP_REGION', 'SCP_ENV']) {
        await expect(alert.getByText(name, { exact: true })).toBeVisible();
      }
      await expect(alert).toContainText(gatewayText.unknownAccessKey[text.language]);
      await expect(alert).toContainText('HmacValidFail');
      await expect(alert).toContainText(text.requestId);
      await expect(alert.getByRole('button', { name: text.retry })).toBeVisible();
      if (text.language === 'en') await expect(alert).not.toContainText(HANGUL);
      else await expect(alert).not.toContainText(gatewayText.unknownAccessKey.en);
    });

    test('a failing upstream (500): status, SCP code, message and request id, with Retry', async ({ page }) => {
      await page.goto(SERVERS.failing);
      const alert = page.getByRole('alert').filter({ hasText: text.failed });
      // TanStack Query retries a 500 twice (about 3 s) before giving up: the first-load allowance.
      await expect(alert).toContainText('500', { timeout: FIRST_LOAD_MS });
      await expect(alert).toContainText(serviceText.contactAdmin[text.language]);
      await expect(alert).toContainText('ContactAdminForAssistance');
      await expect(alert).toContainText(text.status);
      await expect(alert).toContainText(text.requestId);
      await expect(alert.getByRole('button', { name: text.retry })).toBeVisible();
      // No volumes were ever loaded: no empty-account message pretending there are none.
      await expect(page.getByText(text.empty)).toHaveCount(0);
    });
  });
}

test('switching to Korean while the 401 is shown asks again and shows it in Korean', async ({ page }) => {
  await page.goto(SERVERS.wrongKeys);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not load volumes' })).toContainText(
    gatewayText.unknownAccessKey.en,
    { timeout: FIRST_LOAD_MS },
  );

  await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();

  const alert = page.getByRole('alert').filter({ hasText: '볼륨을 불러오지 못했습니다' });
  await expect(alert).toContainText(gatewayText.unknownAccessKey.ko);
  await expect(alert).toContainText('Samsung Cloud Platform이 요청 서명을 거부했습니다');
  await expect(alert).not.toContainText(gatewayText.unknownAccessKey.en);
});
