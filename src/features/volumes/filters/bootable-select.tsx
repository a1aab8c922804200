import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { FilterSelect } from './filter-select.tsx';

export function BootableSelect({
  value,
  onChange,
}: {
  value: boolean | null;
  onChange: (bootable: boolean | null) => void;
}) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  return (
    <FilterSelect
      id="volume-bootable-filter"
      label={chrome.filters.bootable}
      value={value === null ? '' : String(value)}
      onChange={(next) => onChange(next === '' ? null : next === 'true')}
      width="w-24"
    >
      <option value="">{chrome.filters.any}</option>
      <option value="true">{m.common.yes}</option>
      <option value="false">{m.common.no}</option>
    </FilterSelect>
  );
}
