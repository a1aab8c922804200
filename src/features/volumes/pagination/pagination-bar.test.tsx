import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/browser/render.tsx';
import { pageInfo } from './page-math.ts';
import { PaginationBar, type ListStatus } from './pagination-bar.tsx';

/** The bar over a list of `count` volumes, 20 a page, keeping the page it is sent to. */
function Harness({ count, start = 1 }: { count: number; start?: number }) {
  const [page, setPage] = useState(start);
  const info = pageInfo(page, 20, count, Math.min(20, Math.max(0, count - (page - 1) * 20)));
  return (
    <>
      <PaginationBar
        page={page}
        perPage={20}
        count={count}
        info={info}
        status="ready"
        filtered={false}
        onPage={setPage}
        onPerPage={() => {}}
      />
      <p data-testid="shown">{page}</p>
    </>
  );
}

const box = () => screen.getByLabelText('Page', { exact: true });

describe('the page box', () => {
  it('drops a draft that was never submitted, so it never shows a page that is not on screen', async () => {
    const user = userEvent.setup();
    const { rerender } = renderWithProviders(<Harness count={1234} />);
    await user.clear(box());
    await user.type(box(), '7');
    await user.click(document.body);

    // A filter change: fewer pages, still page 1.
    rerender(<Harness count={40} />);
    expect(box()).toHaveValue(1);
    expect(screen.getByRole('navigation', { name: 'Pagination' })).toHaveTextContent('of 2');
  });

  it('goes to the last page for a page past it, and says so', async () => {
    const user = userEvent.setup();
    renderWithProviders(<Harness count={1234} />);
    await user.clear(box());
    await user.type(box(), '100{Enter}');

    expect(screen.getByTestId('shown')).toHaveTextContent('62');
    expect(box()).toHaveValue(62);
    const bar = screen.getByRole('navigation', { name: 'Pagination' });
    expect(bar).toHaveTextContent('There is no page 100: showing the last page, 62.');

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(bar).not.toHaveTextContent('There is no page');
  });
});

describe('the bar when there are no rows to count', () => {
  function bar(status: ListStatus, count: number | null, filtered = false) {
    renderWithProviders(
      <PaginationBar
        page={1}
        perPage={20}
        count={count}
        info={pageInfo(1, 20, count, 0)}
        status={status}
        filtered={filtered}
        onPage={() => {}}
        onPerPage={() => {}}
      />,
    );
    return screen.getByRole('navigation', { name: 'Pagination' });
  }

  it.each([
    ['loading', null, false, 'Loading volumes…'],
    ['failed', null, false, 'Volumes not loaded'],
    ['ready', 0, true, '0 matching volumes'],
    ['ready', 0, false, '0 volumes'],
  ] as const)(
    'reads %s (count %s, filtered %s) as “%s”, with no page box',
    (status, count, filtered, text) => {
      const nav = bar(status, count, filtered);
      expect(nav).toHaveTextContent(text);
      expect(nav).not.toHaveTextContent(/0–0|0 of 0|of 1\b/);
      expect(screen.queryByLabelText('Page', { exact: true })).not.toBeInTheDocument();
    },
  );
});
