import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { KNOWN_STATES } from '../../../scp/volume-states.ts';
import { fieldClass, labelClass } from './field-classes.ts';

/** Any state, the known ones, and any other state the data or the link brought in. */
export function StateSelect({
  value,
  seen,
  onChange,
}: {
  value: string | null;
  seen: readonly string[];
  onChange: (state: string | null) => void;
}) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  const known: readonly string[] = KNOWN_STATES;
  const extra = [...new Set([...seen, ...(value ? [value] : [])])]
    .filter((state) => !known.includes(state))
    .sort();
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
          {known.map((state) => (
            <option key={state} value={state}>
              {stateLabel(m, state)}
            </option>
          ))}
        </optgroup>
        {extra.length > 0 && (
          <optgroup label={chrome.filters.seenStates}>
            {extra.map((state) => (
              <option key={state} value={state}>
                {state}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
