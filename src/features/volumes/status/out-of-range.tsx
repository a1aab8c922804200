import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';

/** A link to page 999 of 12: say so and offer the last page, rather than an empty table. */
export function OutOfRange({
  page,
  lastPage,
  onLast,
}: {
  page: number;
  lastPage: number;
  onLast: () => void;
}) {
  const { fmt } = useI18n();
  const chrome = usePageChromeMessages();
  return (
    <div role="status" className="flex flex-col items-center gap-2 px-4 py-14 text-center text-[13px]">
      <p>{chrome.outOfRange.message(fmt.number(page), fmt.number(lastPage))}</p>
      <button
        type="button"
        onClick={onLast}
        className="h-7 rounded-md bg-blue-600 px-3 text-xs font-medium text-white hover:bg-blue-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {chrome.outOfRange.goLast}
      </button>
    </div>
  );
}
