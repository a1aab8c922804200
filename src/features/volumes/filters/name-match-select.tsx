import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import type { NameMatch } from '../url-state/view-param-map.ts';
import { fieldClass, labelClass } from './field-classes.ts';

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
    <div className="flex flex-col gap-1">
      <label htmlFor="volume-name-match" className={labelClass}>
        {chrome.filters.match}
      </label>
      <select
        id="volume-name-match"
        value={value}
        onChange={(event) => onChange(event.target.value === 'contains' ? 'contains' : 'exact')}
        className={`${fieldClass} w-28`}
      >
        <option value="exact">{chrome.filters.matchExact}</option>
        <option value="contains">{chrome.filters.matchContains}</option>
      </select>
    </div>
  );
}
