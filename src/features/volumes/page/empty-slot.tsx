import { EmptyState } from '../notices/empty-state.tsx';
import { OutOfRange } from '../notices/out-of-range.tsx';
import type { PageInfo } from '../pagination/page-math.ts';
import type { VolumeViewApi } from '../url-state/use-volume-view.ts';
import { withoutFilters, withPage } from '../url-state/view-updates.ts';
import { hasFilters, type VolumeView } from '../url-state/volume-view.ts';

/** What stands in for rows: a page past the end, an empty account, or no match. */
export function EmptySlot({
  view,
  info,
  update,
}: {
  view: VolumeView;
  info: PageInfo;
  update: VolumeViewApi['update'];
}) {
  const { lastPage } = info;
  if (info.outOfRange && lastPage !== null) {
    return (
      <OutOfRange
        page={view.page}
        lastPage={lastPage}
        onLast={() => update((current) => withPage(current, lastPage))}
      />
    );
  }
  return <EmptyState filtered={hasFilters(view)} onClear={() => update(withoutFilters)} />;
}
