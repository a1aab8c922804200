import type { Selectable } from 'kysely';
import type { ChangeJson, RunJson, VersionJson } from '../../scp/inventory-schema.ts';
import type { EventKind } from '../model.ts';
import { bool, parseList } from './rows.ts';
import type { RunRecord } from './runs.ts';
import type { EventTable, VolumeColumns } from './tables.ts';

/** Rows → the API's JSON (src/scp/inventory-schema.ts): ISO times, booleans, server pairs. */

export const iso = (time: number): string => new Date(time).toISOString();
export const isoOrNull = (time: number | null | undefined): string | null =>
  time === null || time === undefined ? null : iso(time);

export function serverRefs(ids: string, names: string): { id: string; name: string | null }[] {
  const names_ = parseList<string | null>(names);
  return parseList<string>(ids).map((id, i) => ({ id, name: names_[i] ?? null }));
}

/** A change_events row as read (ids and times as numbers, booleans as either engine gives them). */
export type EventRow = Selectable<EventTable>;

export function changeJson(row: EventRow): ChangeJson {
  const sized = row.kind === 'resized';
  const value = (text: string | null) => (text !== null && sized ? Number(text) : text);
  return {
    id: Number(row.id),
    at: iso(row.at),
    run_id: Number(row.run_id),
    region: row.region,
    volume_id: row.volume_id,
    volume_name: row.volume_name,
    kind: row.kind as EventKind,
    from: value(row.from_value),
    to: value(row.to_value),
    server: row.server_id === null ? null : { id: row.server_id, name: row.server_name },
    snapshot:
      row.snapshot_id === null
        ? null
        : { id: row.snapshot_id, name: row.snapshot_name, size_gb: Number(row.snapshot_gb ?? 0) },
    simulated: bool(row.simulated),
  };
}

export function runJson(run: RunRecord): RunJson {
  return {
    id: run.id,
    started_at: iso(run.startedAt),
    finished_at: isoOrNull(run.finishedAt),
    status: run.status,
    trigger: run.trigger,
    simulated: run.simulated,
    requests: run.requests,
    error: run.error,
    regions: run.regions.map((region) => ({
      region: region.region,
      outcome: region.outcome,
      observed_at: iso(region.observedAt),
      finished_at: iso(region.finishedAt),
      status: region.status,
      code: region.code,
      request_id: region.requestId,
      error: region.error,
      volumes: region.volumes,
      servers: region.servers,
      requests: region.requests,
      changes: region.changes,
    })),
  };
}

export type VolumeColumnsJsonRow = Omit<Selectable<VolumeColumns>, 'volume_id' | 'region' | 'hash'>;

const numberOrNull = (value: number | null): number | null => (value === null ? null : Number(value));

export function volumeColumnsJson(
  row: VolumeColumnsJsonRow,
): Omit<VersionJson, 'valid_from' | 'valid_to' | 'volume'> {
  return {
    name: row.name,
    state: row.state,
    size_gb: Number(row.size_gb),
    volume_type: row.volume_type,
    encrypted: bool(row.encrypted),
    multiattach: bool(row.multiattach),
    bootable: bool(row.bootable),
    attached: bool(row.attached),
    servers: serverRefs(row.server_ids, row.server_names),
    created_at: isoOrNull(row.created_at),
    unattached_since: isoOrNull(row.unattached_since),
    unattached_since_exact: bool(row.unattached_since_exact),
    snapshot_count: numberOrNull(row.snapshot_count),
    snapshot_gb: numberOrNull(row.snapshot_gb),
  };
}
