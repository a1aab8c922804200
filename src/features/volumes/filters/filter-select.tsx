import type { ReactNode } from 'react';
import { fieldClass } from './field-classes.ts';
import { FilterField } from './filter-field.tsx';

/**
 * A labelled filter select. Every filter keeps its own value codec (the option values are
 * strings; what they mean is the filter's business), so this only lays out and reports the
 * chosen option's value.
 */
export function FilterSelect({
  id,
  label,
  value,
  onChange,
  width,
  children,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A Tailwind width class: the box fits its longest option in English and Korean. */
  width: string;
  children: ReactNode;
}) {
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className={`${fieldClass} ${width}`}
      >
        {children}
      </select>
    </FilterField>
  );
}
