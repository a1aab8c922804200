import { volumeTypes as en } from './en/volume-types.ts';
import { volumeTypes as ko } from './ko/volume-types.ts';
import { lazySection } from './lazy-section.ts';

/** What the dashboard says of a volume type: the table's tips, the type facet and the drawer. */
export const useVolumeTypesMessages = lazySection({ en, ko });
