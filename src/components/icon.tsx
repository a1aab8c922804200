import type { ReactNode } from 'react';

interface IconProps {
  /** Tailwind size (and colour) classes: the icon is as big as the text it sits beside. */
  className: string;
  strokeWidth?: number | string;
  viewBox?: string;
  /** The `d` of the icon's one path: most icons are a single stroke. */
  path?: string;
  children?: ReactNode;
}

/**
 * A stroked line icon. Always hidden from assistive technology: the control that carries it
 * has the accessible name, so the icon never adds a second, wordless one.
 */
export function Icon({ className, strokeWidth = 1.5, viewBox = '0 0 16 16', path, children }: IconProps) {
  return (
    <svg
      aria-hidden="true"
      viewBox={viewBox}
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
    >
      {path !== undefined && <path d={path} />}
      {children}
    </svg>
  );
}
