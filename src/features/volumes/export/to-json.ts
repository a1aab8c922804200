import type { ListVolumesParams } from '../../../scp/list-query.ts';

/**
 * The JSON export: items exactly as SCP sent them (unknown fields and items that failed
 * validation included), with the filters that selected them, so the file explains itself.
 */
export function toJson(params: ListVolumesParams, volumes: readonly unknown[], exportedAt: Date): string {
  const document = {
    exported_at: exportedAt.toISOString(),
    filters: params,
    count: volumes.length,
    volumes,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
