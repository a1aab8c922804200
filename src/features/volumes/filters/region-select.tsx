import { useQuery } from '@tanstack/react-query';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { FilterSelect } from './filter-select.tsx';

/**
 * One region or all of them. Shown only when the proxy lists several (`/api/status`); a region
 * named in the URL that it does not list stays selectable, so the select shows what is sent
 * (the proxy's 400 then says which regions it has).
 */
export function RegionSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (region: string | null) => void;
}) {
  const chrome = usePageChromeMessages();
  const { data: status } = useQuery(statusQueries.current());
  const regions = status?.regions ?? [];
  if (regions.length < 2 && value === null) return null;
  const options = value === null || regions.includes(value) ? regions : [...regions, value];
  return (
    <FilterSelect
      id="volume-region-filter"
      label={chrome.filters.region}
      value={value ?? ''}
      onChange={(next) => onChange(next || null)}
      width="w-32"
    >
      <option value="">{chrome.filters.allRegions}</option>
      {options.map((region) => (
        <option key={region} value={region}>
          {region}
        </option>
      ))}
    </FilterSelect>
  );
}
