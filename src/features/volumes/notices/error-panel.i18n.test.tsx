import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api-error.ts';
import { ErrorDetails } from '../drawer/error-details.tsx';
import { ExportError } from '../export/export-error.tsx';
import { expectTexts } from '../../../test/browser/expect-texts.ts';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { ErrorPanel } from './error-panel.tsx';
import { PlainErrorPanel } from './lazy-error-panel.tsx';

/** No server answered a timeout, so its words are the dashboard's own and must be translated. */
const timeout = new ApiError({ kind: 'timeout', message: 'The request timed out.' });
const scp = new ApiError({
  kind: 'http',
  status: 500,
  code: 'ContactAdminForAssistance',
  message: '예기치 않은 오류가 발생했습니다. 관리자에게 문의하세요.',
  requestId: 'req-500',
});
const noop = () => {};

describe('error messages in Korean', () => {
  it('words a timeout in Korean in the list error panel', () => {
    renderWithProviders(<ErrorPanel error={timeout} stale={false} onRetry={noop} />, { locale: 'ko' });
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('요청 시간이 초과되었습니다.');
    expect(alert).toHaveTextContent('요청 시간이 너무 오래 걸렸습니다.');
    expect(alert).not.toHaveTextContent('timed out');
  });

  it('words a timeout in Korean in the plain panel, the drawer and the export error', () => {
    renderWithProviders(
      <>
        <PlainErrorPanel error={timeout} stale={false} onRetry={noop} />
        <ErrorDetails error={timeout} />
        <ExportError
          error={timeout}
          progress={{ loaded: 1000, total: 1234 }}
          onRetry={noop}
          onDismiss={noop}
        />
      </>,
      { locale: 'ko' },
    );
    expect(document.body).not.toHaveTextContent('timed out');
    expect(screen.getAllByText(/요청 시간이 초과되었습니다\./)).toHaveLength(3);
    expect(
      screen.getByText('1,234개 중 1,000개를 받았습니다. 다시 시도하면 거기서부터 이어집니다.'),
    ).toBeVisible();
  });

  it("shows SCP's own message as received, with Korean labels", () => {
    renderWithProviders(<ErrorPanel error={scp} stale={true} onRetry={noop} />, { locale: 'ko' });
    const alert = screen.getByRole('alert');
    expectTexts(alert, [
      '볼륨을 불러오지 못했습니다',
      '예기치 않은 오류가 발생했습니다. 관리자에게 문의하세요.',
      '상태 코드500',
      '오류 코드ContactAdminForAssistance',
      '요청 IDreq-500',
      '마지막으로 불러온 데이터를 표시하고 있습니다.',
    ]);
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });

  it('keeps the English timeout sentence in English', () => {
    renderWithProviders(<ErrorPanel error={timeout} stale={false} onRetry={noop} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The request timed out.');
  });
});
