import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { stateLabel } from '../../../i18n/state-label.ts';
import { isStateGroup, KNOWN_STATES, STATE_GROUP_NAMES, STATE_GROUPS } from '../../../scp/volume-states.ts';
import type { FilterPatch } from '../url-state/view-updates.ts';
import { FilterSelect } from './filter-select.tsx';

// Groups of one state are already in the states' list.
const GROUPS = STATE_GROUP_NAMES.filter((group) => STATE_GROUPS[group].length > 1);
const GROUP_PREFIX = 'group:';

/** A group of one state (a link's `state_group=available`) shows as that state: it lists the same. */
function shownValue(state: string | null, group: string | null): string {
  if (group === null || !isStateGroup(group)) return state ?? '';
  const states = STATE_GROUPS[group];
  return states.length === 1 ? (states[0] ?? '') : GROUP_PREFIX + group;
}

/**
 * Any state, one of the documented ones, or a group of them (the chips' Transitional,
 * Errors): the link accepts only those (view-param-map.ts), so the box never shows a filter
 * the request does not send.
 */
export function StateSelect({
  state,
  group,
  onChange,
}: {
  state: string | null;
  group: string | null;
  onChange: (filter: FilterPatch) => void;
}) {
  const { m } = useI18n();
  const chrome = usePageChromeMessages();
  return (
    <FilterSelect
      id="volume-state-filter"
      label={chrome.filters.state}
      value={shownValue(state, group)}
      onChange={(value) => {
        const asGroup = value.startsWith(GROUP_PREFIX) ? value.slice(GROUP_PREFIX.length) : '';
        onChange(
          isStateGroup(asGroup)
            ? { stateGroup: asGroup, state: null }
            : { state: value || null, stateGroup: null },
        );
      }}
      width="w-44"
    >
      <option value="">{chrome.filters.anyState}</option>
      <optgroup label={chrome.filters.stateGroups}>
        {GROUPS.map((name) => (
          <option key={name} value={GROUP_PREFIX + name}>
            {chrome.filters.groups[name]}
          </option>
        ))}
      </optgroup>
      <optgroup label={chrome.filters.knownStates}>
        {KNOWN_STATES.map((state) => (
          <option key={state} value={state}>
            {stateLabel(m, state)}
          </option>
        ))}
      </optgroup>
    </FilterSelect>
  );
}
