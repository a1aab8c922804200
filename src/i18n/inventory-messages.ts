import { inventory as en } from './en/inventory.ts';
import { inventory as ko } from './ko/inventory.ts';
import { lazySection } from './lazy-section.ts';

/** What the page says about the inventory: source and "as of", runs, its filters, idle volumes. */
export const useInventoryMessages = lazySection({ en, ko });
