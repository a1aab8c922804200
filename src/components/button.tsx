import type { ButtonHTMLAttributes } from 'react';

/**
 * What the button does to the page: the main way on, a retry after a failure, a quiet option,
 * an action inside a line of text (link).
 */
const VARIANTS = {
  primary: 'bg-blue-600 text-white hover:bg-blue-700 focus-visible:outline-blue-600',
  danger:
    'bg-red-600 text-white hover:bg-red-700 focus-visible:outline-red-600 dark:bg-red-500 dark:text-red-950 dark:hover:bg-red-400',
  secondary:
    'border border-zinc-300 hover:bg-zinc-50 focus-visible:outline-blue-500 dark:border-zinc-700 dark:hover:bg-zinc-800',
  warning:
    'border border-amber-300 hover:bg-amber-100 focus-visible:outline-amber-600 dark:border-amber-800 dark:hover:bg-amber-900/40',
  link: 'text-blue-700 underline-offset-2 hover:underline focus-visible:outline-blue-500 dark:text-blue-400',
} as const;

interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> {
  variant: keyof typeof VARIANTS;
}

/**
 * The action button of panels and notices (Retry, Clear filters, Go to the last page). Always
 * `type="button"`: none of them submits a form. The ring's colour comes with the variant, so it
 * stays ≥3:1 against the panel it sits on.
 */
export function Button({ variant, className = '', ...props }: ButtonProps) {
  return (
    <button
      type="button"
      {...props}
      className={`h-7 shrink-0 rounded-md px-3 text-xs font-medium focus-visible:outline-2 focus-visible:outline-offset-2 ${VARIANTS[variant]} ${className}`}
    />
  );
}
