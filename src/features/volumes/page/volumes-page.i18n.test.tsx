import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Volume } from '../../../scp/volume-schema.ts';
import { expectTexts } from '../../../test/browser/expect-texts.ts';
import { API, failSignature, requests, server, serveVolumes } from '../../../test/browser/fake-api.ts';
import { servePageTests } from '../../../test/browser/page-test-lifecycle.ts';
import { makePageVolumes } from '../../../test/browser/volume-fixtures.ts';
import { expectEmptyThenNoMatch, openPage, pageParts } from '../../../test/browser/volumes-page-kit.tsx';

const volumes = makePageVolumes(100);

/** Every Accept-Language the page sent, in order. */
const languages: (string | null)[] = [];

servePageTests();
beforeEach(() => {
  languages.length = 0;
  server.events.on('request:start', ({ request }) => {
    languages.push(request.headers.get('Accept-Language'));
  });
});
afterEach(() => server.events.removeAllListeners());

const openInKorean = (url = '/') => openPage(url, { locale: 'ko' });

function serveDetails(all: Volume[]) {
  server.use(
    http.get(`${API}/volumes/:id`, ({ params }) => {
      const found = all.find((volume) => volume.id === params.id);
      return found ? HttpResponse.json(found) : HttpResponse.json({}, { status: 404 });
    }),
  );
}

const { table, chrome, bodyRows } = pageParts('ko');

describe('VolumesPage in Korean', () => {
  it('labels the table, columns, states, filters and paging in Korean, with Korean dates', async () => {
    serveVolumes(volumes);
    openInKorean();
    await screen.findByText('vol-00');
    await chrome();

    for (const name of ['이름', '상태', '크기', '유형', '부팅 가능', '생성 일시']) {
      expect(screen.getByRole('columnheader', { name })).toBeInTheDocument();
    }
    expect(screen.getByText('45개 중 1–20')).toBeInTheDocument();
    expect(screen.getByLabelText('페이지당 행 수')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: '이름' })).toHaveAttribute('placeholder', '정확한 이름');
    expect(screen.getByRole('button', { name: '필터 지우기' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '새로 고침' })).toBeInTheDocument();

    const first = within(bodyRows()[0]!);
    expect(first.getByText('사용 가능')).toHaveAttribute('data-state', 'available');
    expect(first.getByText('100 GB')).toBeInTheDocument();
    // Relative time in Korean, the absolute time with its zone in the accessible name.
    const created = first.getAllByRole('time')[0]!;
    expect(created).toHaveTextContent(/^(\S+ 전|어제|지난달|작년)/);
    expect(created).toHaveAccessibleName(/2026년 2월 11일.*UTC/);
  });

  it('shows the raw state value beside its Korean name', async () => {
    serveVolumes([...volumes.slice(0, 2), { ...volumes[2]!, state: 'brand-new-state' }]);
    openInKorean();
    const row = within((await screen.findByText('vol-00')).closest('tr')!);
    expect(row.getByText('사용 가능')).toHaveAttribute('title', 'available');
    expect(within(table()).getByText('brand-new-state')).toHaveAttribute('data-state', 'brand-new-state');
  });

  it('filters by state from its Korean name and sorts by size from the Korean header', async () => {
    serveVolumes(volumes);
    openInKorean('/?page=2');
    await screen.findByText('vol-20');
    await chrome();

    await userEvent.selectOptions(
      screen.getByLabelText('상태'),
      screen.getByRole('option', { name: '오류' }),
    );
    expect(window.location.search).toBe('?state=error');
    await waitFor(() => expect(bodyRows()).toHaveLength(11));
    expect(screen.getByText('11개 중 1–11')).toBeInTheDocument();
    expect(requests.at(-1)?.get('state')).toBe('error');

    const chips = screen.getByRole('list', { name: '상태별 볼륨' });
    await waitFor(() =>
      expect(within(chips).getByRole('button', { name: /오류/ })).toHaveTextContent(/오류\s*11/),
    );

    await userEvent.click(screen.getByRole('button', { name: '크기' }));
    await userEvent.click(screen.getByRole('button', { name: '크기' }));
    expect(window.location.search).toBe('?state=error&sort=size:desc');
    await waitFor(() => expect(bodyRows()[0]).toHaveTextContent('vol-42'));
    expect(bodyRows()[0]).toHaveTextContent('4,300 GB');
  });

  it('tells an empty account from no match in Korean', async () => {
    const words = { empty: '아직 볼륨이 없습니다', noMatch: '일치하는 볼륨이 없습니다' };
    await expectEmptyThenNoMatch(volumes, words, { locale: 'ko' });
    expect(screen.getByText(/이름은 정확히 일치해야 합니다/)).toBeInTheDocument();
  });

  it("asks SCP in Korean and explains a 401 in Korean beside SCP's Korean message", async () => {
    failSignature('HmacValidFail: 등록되지 않은 액세스 키입니다');
    openInKorean();
    await screen.findByText('.env.local');
    const alert = screen.getByRole('alert');
    expectTexts(alert, [
      '볼륨을 불러오지 못했습니다',
      'HmacValidFail: 등록되지 않은 액세스 키입니다',
      '상태 코드401',
      'Samsung Cloud Platform이 요청 서명을 거부했습니다',
      '액세스 키 또는 시크릿 키가 잘못됨',
    ]);
    expect(within(alert).getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
    expect(languages.length).toBeGreaterThan(0);
    expect(new Set(languages)).toEqual(new Set(['ko-KR']));
  });

  it('opens the drawer with Korean headings and formats', async () => {
    serveVolumes(volumes);
    serveDetails(volumes);
    openInKorean();
    await screen.findByText('vol-00');
    bodyRows()[1]?.focus();
    await userEvent.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'vol-01' });
    const overview = await within(dialog).findByRole('region', { name: '개요' });
    expect(within(overview).getByText('사용 중')).toBeInTheDocument();
    expect(within(overview).getByText('200 GB')).toBeInTheDocument();
    expect(within(overview).getByText(/2026년 2월 11일.*UTC/)).toBeInTheDocument();
    expect(within(dialog).getByRole('region', { name: '연결 정보' })).toHaveTextContent('연결되지 않음');
    expect(within(dialog).getByRole('button', { name: '다음 볼륨' })).toBeEnabled();
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
