import type { Volume } from '../../../scp/volume-schema.ts';
import { COLUMN_IDS, type ColumnId } from '../table/column-specs.ts';

export type CsvCell = string | number | boolean | null | undefined;
/** A server's name when the app already knows it (looked up for the table or the drawer). */
export type ServerNameOf = (serverId: string) => string | undefined;
export const NO_NAMES: ServerNameOf = () => undefined;

type CsvReader = (volume: Volume, nameOf: ServerNameOf) => CsvCell;
/** CSV header → how to read it from a volume. */
type CsvFields = Readonly<Record<string, CsvReader>>;

/** Written where an attachment has no device, so the entry still names its server. */
const NO_DEVICE = '(no device)';

/**
 * One entry per attachment, device and server paired explicitly: `/dev/vda@srv-1 (web-01)`.
 * Separate lists of servers and devices shifted out of step when a device was missing.
 */
function attachments(volume: Volume, nameOf: ServerNameOf): string {
  return (volume.servers ?? [])
    .map((server) => {
      const name = nameOf(server.id);
      return `${server.device || NO_DEVICE}@${server.id}${name ? ` (${name})` : ''}`;
    })
    .join('; ');
}

/**
 * What each table column contributes to the CSV, keyed by its id: the type requires an entry
 * for every column in table/column-specs.ts, so a new column cannot be left out of the file.
 * A column may write more than its cell shows (ids beside names).
 */
const COLUMN_FIELDS: { readonly [K in ColumnId]: CsvFields } = {
  name: { id: (v) => v.id, name: (v) => v.name },
  state: { state: (v) => v.state },
  size: { size_gb: (v) => v.size },
  volume_type: { volume_type: (v) => v.volume_type, volume_type_id: (v) => v.volume_type_id },
  bootable: { bootable: (v) => v.bootable },
  encrypted: { encrypted: (v) => v.encrypted },
  multiattach: { multiattach: (v) => v.multiattach },
  attached: { attachments: attachments },
  region: { region: (v) => v.region },
  created_at: { created_at: (v) => v.created_at },
  modified_at: { modified_at: (v) => v.modified_at },
};

/** Fields the CSV carries that have no table column (the drawer shows them), written last. */
const FILE_ONLY_FIELDS: CsvFields = {
  snapshot_id: (v) => v.snapshot_id,
  image_name: (v) => v.volume_image_metadata?.image_name,
  os_distro: (v) => v.volume_image_metadata?.os_distro,
  image_id: (v) => v.volume_image_metadata?.image_id,
};

/** Header and reader of every CSV column: the table's columns in table order, then the rest. */
export const CSV_COLUMNS: readonly (readonly [string, CsvReader])[] = [
  ...COLUMN_IDS.flatMap((id) => Object.entries(COLUMN_FIELDS[id])),
  ...Object.entries(FILE_ONLY_FIELDS),
];
