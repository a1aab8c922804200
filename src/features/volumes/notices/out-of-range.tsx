import { useI18n } from '../../../i18n/i18n-context.ts';
import { usePageChromeMessages } from '../../../i18n/page-chrome-messages.ts';
import { Button } from '../../../components/button.tsx';

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
      <Button variant="primary" onClick={onLast}>
        {chrome.outOfRange.goLast}
      </Button>
    </div>
  );
}
