import { useId, type ReactNode } from 'react';

/** A titled drawer section; labelled by its heading, so it is a named region for screen readers. */
export function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="border-t border-zinc-200 px-5 py-4 dark:border-zinc-800">
      <div className="mb-2 flex items-center justify-between gap-2">
        <h3 id={headingId} className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          {title}
        </h3>
        {action}
      </div>
      {children}
    </section>
  );
}
