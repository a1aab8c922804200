import { serverNames as en } from './en/server-names.ts';
import { serverNames as ko } from './ko/server-names.ts';
import { lazySection } from './lazy-section.ts';

export type ServerNamesMessages = typeof en;

/** Server names in the table's Attached to cell. */
export const useServerNamesMessages = lazySection({ en, ko });
