import type { Page } from '@playwright/test';
import { columnCells, columnNumber } from './support/columns.ts';
import { expect, test } from './support/fixtures.ts';
import { apiCount, settled, stateChip, volumeRows as rows } from './support/volumes-page.ts';

const HANGUL = /[\u3131-\uD79D]/;
const LOCALE_STORAGE_KEY = 'scp-volumes.locale';

const koNumber = (value: number) => value.toLocaleString('ko-KR');

/** Sizes in GB of the visible rows, read back from the formatted text. */
async function sizes(page: Page): Promise<number[]> {
  const texts = await (await columnCells(page, '크기')).allInnerTexts();
  return texts.map((text) => Number(text.replace(/[^\d]/g, '')));
}

/** A value on the window survives re-renders but not a reload: proof the page was not reloaded. */
async function markPage(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { notReloaded?: boolean }).notReloaded = true;
  });
}
async function expectNotReloaded(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
}

/**
 * Every visible text and accessible label on the page, except volume names (the account's
 * data, in whatever language they were given) and the switch, which names each language in its own.
 */
async function visibleText(page: Page): Promise<string> {
  const nameColumn = await columnNumber(page, 'Name');
  return page.evaluate((column) => {
    const skip = (element: Element) =>
      element.closest(`tbody td:nth-child(${column}), button[lang]`) !== null;
    const parts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && parent.checkVisibility() && !skip(parent)) parts.push(node.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!element.checkVisibility() || skip(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt'])
        parts.push(element.getAttribute(name) ?? '');
    }
    return parts.join('\n');
  }, nameColumn);
}

test.describe('a browser set to Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('gets the page in Korean by default, and asks the API in Korean', async ({ page }) => {
    const firstApiRequest = page.waitForRequest((request) => request.url().includes('/api/v1/volumes'));
    await page.goto('/');
    expect((await firstApiRequest).headers()['accept-language']).toBe('ko-KR');

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    await expect(page).toHaveTitle('SCP 볼륨');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SCP 볼륨');
    await settled(page);
    await expect(page.getByRole('table', { name: '볼륨' })).toBeVisible();
    for (const name of ['이름', '상태', '크기', '부팅 가능', '생성 일시']) {
      await expect(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect(
      page.getByRole('group', { name: '언어' }).getByRole('button', { name: '한국어' }),
    ).toHaveAttribute('aria-pressed', 'true');

    // At 320 px no Korean word is split across lines ("새로 고" / "침"). Text at 125 %, as a
    // reader may set it: the headless shell has no Hangul font, and its stand-in glyphs are
    // about that much narrower than real ones, which broke the words at the default size.
    await page.setViewportSize({ width: 320, height: 700 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '20px';
    });
    expect(await splitHangulWords(page)).toEqual([]);
  });
});

/** Hangul words of the page's visible text whose letters lie on more than one line. */
function splitHangulWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const split: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement?.checkVisibility()) continue;
      for (const word of (node.textContent ?? '').matchAll(/[\u3131-\uD79D]+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(`${word[0]} in “${node.textContent}”`);
      }
    }
    return split;
  });
}

test.describe('the Korean journey', () => {
  test('switch to Korean, filter by state, sort by size, open the drawer; the choice survives a reload', async ({
    page,
  }) => {
    const total = await apiCount(page, '');
    const inUse = await apiCount(page, 'state=in-use');
    await page.goto('/');
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await markPage(page);

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: '한국어' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    await expect(page).toHaveTitle('SCP 볼륨');
    const pagination = page.getByRole('navigation', { name: '페이지 탐색' });
    await expect(pagination).toContainText(`${koNumber(total)}개 중 1–20`);
    await expectNotReloaded(page);
    expect(await page.evaluate((key) => localStorage.getItem(key), LOCALE_STORAGE_KEY)).toBe('ko');

    // Filter by state, chosen by its Korean name.
    await page.getByLabel('상태', { exact: true }).selectOption({ label: '사용 중' });
    await expect(page).toHaveURL(/[?&]state=in-use(&|$)/);
    await expect(pagination).toContainText(`${koNumber(inUse)}개 중 1–${koNumber(Math.min(inUse, 20))}`);
    await settled(page);
    const badges = rows(page).locator('[data-state]');
    expect(new Set(await badges.allInnerTexts())).toEqual(new Set(['사용 중']));
    expect(
      new Set(await badges.evaluateAll((all) => all.map((badge) => badge.getAttribute('data-state')))),
    ).toEqual(new Set(['in-use']));
    // The raw API value stays available on hover.
    await expect(badges.first()).toHaveAttribute('title', 'in-use');

    // Sort by size from the Korean header.
    await page.getByRole('button', { name: '크기', exact: true }).click();
    await expect(page).toHaveURL(/[?&]sort=size:asc(&|$)/);
    await expect(page.getByRole('columnheader', { name: '크기' })).toHaveAttribute('aria-sort', 'ascending');
    await settled(page);
    const ascending = await sizes(page);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await expect((await columnCells(page, '크기')).first()).toHaveText(/^[\d,]+ GB$/);
    // Dates: relative in Korean, absolute with its time zone in the accessible name.
    const created = rows(page).first().locator('time').first();
    await expect(created).toHaveAttribute(
      'aria-label',
      /(전|어제|지난달|작년).*\(\d{4}년 \d{1,2}월 \d{1,2}일 .*\)/,
    );

    // Open the drawer.
    await (await columnCells(page, '크기')).first().click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (const name of ['개요', '연결 정보', '이미지 메타데이터', '원본 JSON']) {
      await expect(dialog.getByRole('region', { name })).toBeVisible();
    }
    await expect(dialog.getByRole('button', { name: '닫기' })).toBeVisible();
    const overview = dialog.getByRole('region', { name: '개요' });
    await expect(overview).toContainText('사용 중');
    await expect(overview.getByText(/^[\d,]+ GB$/)).toBeVisible();
    const createdAt = overview
      .getByRole('term')
      .filter({ hasText: /^생성 일시$/ })
      .locator('xpath=following-sibling::dd[1]');
    await expect(createdAt.locator('time')).toHaveText(/전|후|어제|지난달|작년|오늘/);
    await expect(createdAt.locator('time')).toHaveAttribute('title', /\d{4}년 .*(UTC|GMT|[A-Z]{2,5})/);

    // The choice, the filter, the sort and the drawer all survive a reload.
    await page.reload();
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    await expect(page.getByRole('dialog').getByRole('region', { name: '개요' })).toBeVisible();
    await expect(page.getByRole('columnheader', { name: '크기' })).toHaveAttribute('aria-sort', 'ascending');
  });

  test('switching back to English changes every visible string without a reload', async ({ page }) => {
    await page.addInitScript((key) => {
      // Only the first load starts in Korean; after that the page's own choice is kept.
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(key, 'ko');
      }
    }, LOCALE_STORAGE_KEY);
    const total = await apiCount(page, '');
    await page.goto('/');
    await settled(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko-KR');
    await expect(page.getByRole('list', { name: '상태별 볼륨' }).getByRole('button').first()).toContainText(
      /\d/,
    );
    await markPage(page);

    await page.getByRole('group', { name: '언어' }).getByRole('button', { name: 'English' }).click();

    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await expect(page).toHaveTitle('SCP Volumes');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('SCP Volumes');
    await expect(page.getByRole('navigation', { name: 'Pagination' })).toContainText(
      `1–20 of ${total.toLocaleString('en-US')}`,
    );
    await expect(page.getByRole('table', { name: 'Volumes' })).toBeVisible();
    for (const name of ['Name', 'State', 'Size', 'Created']) {
      await expect(page.getByRole('columnheader', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByLabel('State', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Refresh', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    await expect(stateChip(page, 'Available')).toBeVisible();
    await expect(page.getByText(/^Updated /)).toBeVisible();
    await expect(rows(page).first().locator('time').first()).toHaveAttribute(
      'aria-label',
      /(ago|yesterday|last month|last year).*\([A-Z][a-z]{2} \d{1,2}, \d{4}/,
    );
    await expect.poll(() => visibleText(page)).not.toMatch(HANGUL);
    await expectNotReloaded(page);

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    await settled(page);
  });
});
