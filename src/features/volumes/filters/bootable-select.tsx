import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { fieldClass, labelClass } from './field-classes.ts';

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
    <div className="flex flex-col gap-1">
      <label htmlFor="volume-bootable-filter" className={labelClass}>
        {chrome.filters.bootable}
      </label>
      <select
        id="volume-bootable-filter"
        value={value === null ? '' : String(value)}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value === 'true')}
        className={`${fieldClass} w-24`}
      >
        <option value="">{chrome.filters.any}</option>
        <option value="true">{m.common.yes}</option>
        <option value="false">{m.common.no}</option>
      </select>
    </div>
  );
}
