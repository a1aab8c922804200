import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { KNOWN_STATES } from '../../../scp/volume-states.ts';
import { fieldClass, labelClass } from './field-classes.ts';

/**
 * Any state, or one of the documented ones: the link accepts only those (view-param-map.ts),
 * so the box never shows a state the request does not send.
 */
export function StateSelect({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (state: string | null) => void;
}) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor="volume-state-filter" className={labelClass}>
        {chrome.filters.state}
      </label>
      <select
        id="volume-state-filter"
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value || null)}
        className={`${fieldClass} w-44`}
      >
        <option value="">{chrome.filters.anyState}</option>
        <optgroup label={chrome.filters.knownStates}>
          {KNOWN_STATES.map((state) => (
            <option key={state} value={state}>
              {stateLabel(m, state)}
            </option>
          ))}
        </optgroup>
      </select>
    </div>
  );
}
