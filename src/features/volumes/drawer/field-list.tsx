import type { ReactNode } from 'react';

export function FieldList({ children }: { children: ReactNode }) {
  return <dl className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800/70">{children}</dl>;
}
