/**
 * The volumes page around the table: filters, chips, paging, freshness, notices, empty states
 * and shortcuts. Only lazily loaded chrome reads these (i18n/page-chrome-messages.ts), so they
 * stay out of the first bundle. The Korean catalogue (ko/page-chrome.ts) must match this shape.
 */
export const pageChrome = {
  filters: {
    label: 'Filters',
    name: 'Name',
    namePlaceholder: 'Exact name',
    nameHint: 'Exact match: the SCP API compares whole names.',
    match: 'Match',
    matchExact: 'Exact name',
    matchContains: 'Contains',
    namePlaceholderContains: 'Part of a name, ID or server',
    nameHintContains: 'Contains: every volume of the other filters is read and searched here in the browser.',
    state: 'State',
    anyState: 'Any state',
    knownStates: 'Known states',
    bootable: 'Bootable',
    any: 'Any',
    region: 'Region',
    allRegions: 'All regions',
    clear: 'Clear filters',
    chips: 'Volumes by state',
    chipTitle: (label: string) => `Show only ${label} volumes`,
    countLoading: 'counting…',
    countFailed: 'count unavailable',
    retryCounts: 'Retry counts',
    /** A count some region did not answer for: marked like the table's partial list. */
    countPartial: (regions: string) => `partial: ${regions} did not answer`,
    countsPartial: (regions: string) => `Counts leave out ${regions}, which did not answer.`,
    stateGroups: 'State groups',
    groups: {
      available: 'Available',
      'in-use': 'In use',
      transitional: 'Transitional',
      errors: 'Errors',
    },
    groupTitle: (label: string, states: string) => `Show only ${label} volumes: ${states}`,
  },
  columns: {
    button: 'Columns',
    legend: 'Visible columns',
    absoluteTimes: 'Absolute times',
  },
  pagination: {
    label: 'Pagination',
    range: (from: string, to: string, total: string) => `${from}–${to} of ${total}`,
    rangeNoCount: (from: string, to: string) => `${from}–${to}`,
    rangeEmpty: (total: string) => `0 of ${total}`,
    loading: 'Loading volumes…',
    failed: 'Volumes not loaded',
    noMatch: '0 matching volumes',
    noVolumes: '0 volumes',
    first: 'First page',
    previous: 'Previous page',
    next: 'Next page',
    last: 'Last page',
    rowsPerPage: 'Rows per page',
    page: 'Page',
    ofPages: (total: string) => `of ${total}`,
    clamped: (asked: string, last: string) => `There is no page ${asked}: showing the last page, ${last}.`,
  },
  freshness: {
    refresh: 'Refresh',
    updated: (ago: string) => `Updated ${ago}`,
    autoRefresh: 'Auto-refresh',
    autoRefreshHint:
      'Every 5 s while a visible volume is changing state, every 30 s otherwise; after an error it keeps trying, waiting longer each time (up to 5 min); paused while the tab is hidden.',
    changed: (count: number, names: string) =>
      count === 1 ? `1 volume changed: ${names}` : `${count} volumes changed: ${names}`,
    arrived: (count: number, names: string) =>
      count === 1 ? `1 new on this page: ${names}` : `${count} new on this page: ${names}`,
    stale: 'Showing the last data loaded; it may be out of date.',
  },
  empty: {
    accountTitle: 'No volumes yet',
    accountBody: 'This account has no block-storage volumes in this region.',
    noMatchTitle: 'No volumes match',
    noMatchBody: 'Nothing matches these filters. Names must match exactly.',
  },
  outOfRange: {
    message: (page: string, last: string) => `Page ${page} does not exist: the last page is ${last}.`,
    goLast: 'Go to the last page',
  },
  notice: {
    invalid: 'Parts of this link were not understood and were reset:',
    value: (param: string, value: string) => `${param}=${value}`,
    unknownParam: 'not a setting of this page',
    unknownRegion: (regions: string) => `this server lists ${regions}`,
    dismiss: 'Dismiss',
    /** A list of several regions where some did not answer: the rows are the others'. */
    regionsFailed: (regions: string) =>
      `Partial list: ${regions} did not answer. The rows and the count are the other regions' only.`,
    regionFailure: (region: string, status: number, code: string | null, message: string) =>
      `${region}: ${status}${code ? ` ${code}` : ''} · ${message}`,
    retryRegions: 'Retry',
    /** SCP answered 429/503 with Retry-After: the wait is sat out, not hammered. */
    retryAfter: (status: number | null, seconds: number) =>
      `SCP asked us to slow down (${status ?? 'busy'}): trying again in ${seconds} s.`,
  },
  shortcuts: {
    button: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    items: [
      { keys: ['/'], label: 'Focus the name filter' },
      { keys: ['↓', 'J'], label: 'Next row' },
      { keys: ['↑', 'K'], label: 'Previous row' },
      { keys: ['Home', 'End'], label: 'First or last row' },
      { keys: ['Enter'], label: 'Open the volume' },
      { keys: ['?'], label: 'Show these shortcuts' },
      { keys: ['Esc'], label: 'Close a dialog' },
    ],
  },
};

export type PageChromeMessages = typeof pageChrome;
