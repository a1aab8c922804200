import type { Page } from '@playwright/test';
import { expect, FAILING_UPSTREAM, test } from './support/fixtures.ts';
import { gatewayText, serviceText } from '../src/simulator/messages.ts';
import { SERVERS } from './support/servers.ts';
import { FIRST_LOAD_MS } from './support/volumes-page.ts';

const HANGUL = /[\u3131-\uD79D]/;

test.use({ expectedConsoleErrors: [FAILING_UPSTREAM] });

/** The list's error panel, in either language, once the full panel (with its advice) has loaded. */
function listError(page: Page, title: string) {
  return page.getByRole('alert').filter({ hasText: title });
}

test.describe('in Korean', () => {
  test.use({ locale: 'ko-KR' });

  test("wrong keys: the Korean 401 explanation beside the simulator's Korean message", async ({ page }) => {
    await page.goto(SERVERS.wrongKeys);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    const alert = listError(page, '볼륨을 불러오지 못했습니다');
    await expect(alert).toContainText('401', { timeout: FIRST_LOAD_MS });
    await expect(alert).toContainText(gatewayText.unknownAccessKey.ko);
    await expect(alert).toContainText('HmacValidFail');
    await expect(alert).toContainText('Samsung Cloud Platform이 요청 서명을 거부했습니다', {
      timeout: FIRST_LOAD_MS,
    });
    await expect(alert).toContainText('액세스 키 또는 시크릿 키가 잘못됨');
    await expect(alert).toContainText('컴퓨터 시계가 맞지 않음');
    await expect(alert.getByText('.env.local')).toBeVisible();
    await expect(alert).toContainText('요청 ID');
    await expect(alert.getByRole('button', { name: '다시 시도' })).toBeVisible();
    await expect(alert).not.toContainText(gatewayText.unknownAccessKey.en);
  });

  test('a failing upstream: the Korean 500 message with its code and request id', async ({ page }) => {
    await page.goto(SERVERS.failing);
    const alert = listError(page, '볼륨을 불러오지 못했습니다');
    // TanStack Query retries a 500 twice (about 3 s) before giving up.
    await expect(alert).toContainText('500', { timeout: FIRST_LOAD_MS });
    await expect(alert).toContainText(serviceText.contactAdmin.ko);
    await expect(alert).toContainText('ContactAdminForAssistance');
    await expect(alert).toContainText('상태 코드');
    await expect(alert).toContainText('요청 ID');
    await expect(alert.getByRole('button', { name: '다시 시도' })).toBeVisible();
    await expect(page.getByText('아직 볼륨이 없습니다')).toHaveCount(0);
  });
});

test.describe('in English', () => {
  test.use({ locale: 'en-US' });

  test("wrong keys: the English 401 explanation beside the simulator's English message", async ({ page }) => {
    await page.goto(SERVERS.wrongKeys);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    const alert = listError(page, 'Could not load volumes');
    await expect(alert).toContainText('401', { timeout: FIRST_LOAD_MS });
    await expect(alert).toContainText(gatewayText.unknownAccessKey.en);
    await expect(alert).toContainText('rejected the request signature', { timeout: FIRST_LOAD_MS });
    await expect(alert).toContainText('Request ID');
    await expect(alert).not.toContainText(HANGUL);
  });

  test('switching to Korean while the 401 is shown asks again and shows it in Korean', async ({ page }) => {
    await page.goto(SERVERS.wrongKeys);
    await expect(listError(page, 'Could not load volumes')).toContainText(gatewayText.unknownAccessKey.en, {
      timeout: FIRST_LOAD_MS,
    });

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();

    const alert = listError(page, '볼륨을 불러오지 못했습니다');
    await expect(alert).toContainText(gatewayText.unknownAccessKey.ko);
    await expect(alert).toContainText('Samsung Cloud Platform이 요청 서명을 거부했습니다');
    await expect(alert).not.toContainText(gatewayText.unknownAccessKey.en);
  });
});
