import { volumeQueries } from '../api/volume-queries.ts';
import type { VolumeView } from '../url-state/volume-view.ts';

/**
 * The key of a page read elsewhere (elsewhere-query.ts): the view but the open volume. Apart,
 * so what only observes that page (the facets) does not import the query and its chunk.
 */
export const elsewhereKey = (view: VolumeView) =>
  [...volumeQueries.all(), 'elsewhere', { ...view, volume: null }] as const;
