import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import type { NameMatch } from '../url-state/view-param-map.ts';
import { FilterSelect } from './filter-select.tsx';

/** Exact (SCP's own name filter, the default) or contains (a local search over every volume). */
export function NameMatchSelect({
  value,
  onChange,
}: {
  value: NameMatch;
  onChange: (match: NameMatch) => void;
}) {
  const chrome = usePageChromeMessages();
  return (
    <FilterSelect
      id="volume-name-match"
      label={chrome.filters.match}
      value={value}
      onChange={(next) => onChange(next === 'contains' ? 'contains' : 'exact')}
      width="w-28"
    >
      <option value="exact">{chrome.filters.matchExact}</option>
      <option value="contains">{chrome.filters.matchContains}</option>
    </FilterSelect>
  );
}
