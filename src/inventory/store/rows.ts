import type { Selectable } from 'kysely';
import { searchText } from '../observe.ts';
import type { ChangeEvent, CurrentVolume, NewVersion, SnapshotRecord } from '../model.ts';
import type { CurrentTable } from './tables.ts';

/** SQLite gives 0/1, PostgreSQL true/false. */
export const bool = (value: boolean | number | null | undefined): boolean => value === true || value === 1;

/** A stored API object (JSON); anything else reads as an empty one. */
export function parseObject(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** A JSON array column; anything else reads as empty. */
export function parseList<T>(json: string): T[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** A volume's snapshots as stored: `[[id, name, GB], …]`, or null when not known. */
export function snapshotsJson(snapshots: readonly SnapshotRecord[] | null): string | null {
  return snapshots === null
    ? null
    : JSON.stringify(snapshots.map(({ id, name, sizeGb }) => [id, name, sizeGb]));
}

export function parseSnapshots(json: string | null): SnapshotRecord[] | null {
  if (json === null) return null;
  return parseList<[string, string | null, number]>(json).map(([id, name, sizeGb]) => ({
    id,
    name,
    sizeGb: Number(sizeGb),
  }));
}

/** The columns shared by a version, its staged copy and its current record. */
export function volumeColumns(version: Omit<NewVersion, 'raw' | 'validFromRun'>) {
  return {
    volume_id: version.id,
    region: version.region,
    name: version.name,
    state: version.state,
    size_gb: version.sizeGb,
    volume_type: version.volumeType,
    encrypted: version.encrypted,
    multiattach: version.multiattach,
    bootable: version.bootable,
    attached: version.serverIds.length > 0,
    server_ids: JSON.stringify(version.serverIds),
    server_names: JSON.stringify(version.serverNames),
    created_at: version.createdAt,
    unattached_since: version.unattachedSince,
    unattached_since_exact: version.unattachedSinceExact,
    hash: version.hash,
    snapshot_count: version.snapshots === null ? null : version.snapshots.length,
    snapshot_gb:
      version.snapshots === null
        ? null
        : version.snapshots.reduce((sum, snapshot) => sum + snapshot.sizeGb, 0),
  };
}

export function stagedRow(runId: number, version: NewVersion) {
  return {
    ...volumeColumns(version),
    run_id: runId,
    valid_from: version.validFrom,
    raw: version.raw,
    search: searchText(version),
    snapshots: snapshotsJson(version.snapshots),
  };
}

export function versionRow(version: NewVersion, validTo: { at: number; runId: number } | null) {
  return {
    ...volumeColumns(version),
    valid_from: version.validFrom,
    valid_from_run: version.validFromRun,
    valid_to: validTo?.at ?? null,
    valid_to_run: validTo?.runId ?? null,
    raw: version.raw,
  };
}

export function currentRow(version: Omit<NewVersion, 'raw' | 'validFromRun'>) {
  return {
    ...volumeColumns(version),
    valid_from: version.validFrom,
    search: searchText(version),
    snapshots: snapshotsJson(version.snapshots),
  };
}

/** What currentFromRow reads: a volume's columns with the current record's start and snapshots. */
export type VolumeColumnsRow = Omit<
  Selectable<CurrentTable>,
  'attached' | 'snapshot_count' | 'snapshot_gb' | 'search'
>;

export function currentFromRow(row: VolumeColumnsRow): CurrentVolume {
  return {
    id: row.volume_id,
    region: row.region,
    name: row.name,
    state: row.state,
    sizeGb: Number(row.size_gb),
    volumeType: row.volume_type,
    encrypted: bool(row.encrypted),
    multiattach: bool(row.multiattach),
    bootable: bool(row.bootable),
    serverIds: parseList<string>(row.server_ids),
    serverNames: parseList<string | null>(row.server_names),
    createdAt: row.created_at,
    snapshots: parseSnapshots(row.snapshots),
    unattachedSince: row.unattached_since,
    unattachedSinceExact: bool(row.unattached_since_exact),
    hash: row.hash,
    validFrom: row.valid_from,
  };
}

export function eventRow(event: ChangeEvent, simulated: boolean) {
  return {
    run_id: event.runId,
    at: event.at,
    region: event.region,
    volume_id: event.volumeId,
    volume_name: event.volumeName,
    kind: event.kind,
    from_value: event.from,
    to_value: event.to,
    server_id: event.serverId,
    server_name: event.serverName,
    snapshot_id: event.snapshot?.id ?? null,
    snapshot_name: event.snapshot?.name ?? null,
    snapshot_gb: event.snapshot?.sizeGb ?? null,
    simulated,
  };
}

/** Splits rows for multi-row statements: both engines cap the parameters of one statement. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
