import { useQuery } from '@tanstack/react-query';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { statusQueries } from '../api/volume-queries.ts';
import { fieldClass, labelClass } from './field-classes.ts';

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
    <div className="flex flex-col gap-1">
      <label htmlFor="volume-region-filter" className={labelClass}>
        {chrome.filters.region}
      </label>
      <select
        id="volume-region-filter"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
        className={`${fieldClass} w-32`}
      >
        <option value="">{chrome.filters.allRegions}</option>
        {options.map((region) => (
          <option key={region} value={region}>
            {region}
          </option>
        ))}
      </select>
    </div>
  );
}
