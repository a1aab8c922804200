import { useQuery } from '@tanstack/react-query';
import type { VolumeType } from '../../../scp/volume-type-schema.ts';
import { regionQueries } from '../api/region-queries.ts';
import { statusQueries } from '../api/volume-queries.ts';

/** What the region's type list says of one type. */
export type TypeLookup =
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void }
  | { status: 'unlisted'; region: string }
  | { status: 'known'; type: VolumeType };

/** How a volume names its type: by id when it has one, else by name. */
export interface TypeRef {
  id?: string | null | undefined;
  name?: string | null | undefined;
}

export function findType(types: readonly VolumeType[], ref: TypeRef): VolumeType | undefined {
  return (
    (ref.id ? types.find((type) => type.id === ref.id) : undefined) ??
    (ref.name ? types.find((type) => type.name === ref.name) : undefined)
  );
}

/**
 * The region to ask about a volume: its own when the answer names one (a list of several
 * regions, or a volume found without its region); else the one region the proxy serves
 * (/api/status). With several and none named it stays undefined, so a caller waits (the
 * drawer's ShowVolume names it) rather than ask the wrong region; `firstIfSeveral` takes the
 * first configured instead, for what describes several regions at once (the type facet).
 */
export function useRegionOf(
  region: string | undefined,
  firstIfSeveral = false,
): { region: string | undefined; failed: boolean } {
  const status = useQuery({ ...statusQueries.current(), enabled: region === undefined });
  const regions = status.data?.regions ?? [];
  const fallback = regions.length === 1 || firstIfSeveral ? regions[0] : undefined;
  return { region: region ?? fallback, failed: region === undefined && status.isError };
}

/**
 * A volume type as its region lists it. The list is read once per region and session
 * (regionQueries.volumeTypes), so every row, the facet and the drawer share one request.
 */
export function useVolumeType(
  region: string | undefined,
  ref: TypeRef,
  { enabled = true, firstIfSeveral = false }: { enabled?: boolean; firstIfSeveral?: boolean } = {},
): TypeLookup {
  const where = useRegionOf(region, firstIfSeveral);
  const query = useQuery({
    ...regionQueries.volumeTypes(where.region ?? ''),
    enabled: enabled && where.region !== undefined,
  });
  if (where.failed || query.isError) {
    return { status: 'failed', retry: () => void query.refetch() };
  }
  if (!query.data || where.region === undefined) return { status: 'loading' };
  const type = findType(query.data, ref);
  return type ? { status: 'known', type } : { status: 'unlisted', region: where.region };
}
